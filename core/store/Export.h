#pragma once

#include "store/History.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace patchline::store {

/// The transcript as plain text, one line per turn: `[mm:ss.s] agent: text`, with the part
/// of an interrupted agent line the caller heard. Header lines name the call.
QString transcriptText(const CallRecord &record);
/// The transcript as JSON: {"call": {…}, "lines": [{offsetMs, role, text, interrupted,
/// heardMs}]}.
QByteArray transcriptJson(const CallRecord &record);
/// The call's timeline (state changes, barge-ins, alarms, errors, status callbacks), one JSON
/// object per line.
QByteArray timelineJsonl(const CallRecord &record);
/// Our figures for the call (history row + the metrics kept at its end) as JSON.
QByteArray metricsJson(const CallRecord &record);

/// One wire-log line (JSON, no newline): {"t":ms,"side":"twilio"|"agent","dir":"in"|"out",
/// "type":…,"bytes":…, and "seq", "chunk", "event_id", "detail" when known}.
QByteArray wireJsonLine(const bridge::WireEntry &entry);

/// Where the wire log of a call with recording `wavPath` is kept (next to it).
QString wireLogPathFor(const QString &wavPath);

/// Writes the incident bundle (issue 8 §5): one zip (QuaZip) a support engineer at Twilio or
/// ElevenLabs can open without Patchline — README.txt, recording.wav (stereo, caller L /
/// agent R), transcript.txt/.json, timeline.jsonl, metrics.json, wire.jsonl when the call
/// has a wire log, and conversation.json (ElevenLabs' post-call data) when we have it. Every
/// text entry goes through settings::redact(), so no registered secret or credential field
/// reaches the file. Runs on any thread (file I/O: keep it off the GUI thread). Returns the
/// entry names written, or an empty list with `error` naming the file and the fix.
QStringList writeIncidentBundle(const CallRecord &record, const QString &zipPath, QString *error);

} // namespace patchline::store
