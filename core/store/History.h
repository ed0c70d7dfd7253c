#pragma once

#include "call/CallTypes.h"
#include "elevenlabs/PostCall.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace patchline::store {

/// What the history view asks for (issue 8 §3). Empty fields do not filter.
struct HistoryFilter
{
    QDate from; ///< first day included (local time)
    QDate to;   ///< last day included
    QString agentId;
    QString direction; ///< "inbound", "outbound-api", "sandbox", "test", "replay"
    /// "ok" (ended normally), "failed" (CallSnapshot::failed), "interrupted" (Patchline
    /// stopped mid-call), "live" (not ended yet); empty = all.
    QString outcome;
    bool alarmsOnly = false;
    /// Words to find in transcripts (SQLite FTS5, prefix match on each word, all words).
    QString search;
    /// When not empty: only these calls (by CallSid), e.g. a replay and its original.
    QStringList callSids;
    int limit = 10000;
};

/// One row of the history table.
struct HistoryRow
{
    qint64 rowId = 0;
    QString callSid;
    QDateTime startedAt;
    QString direction, from, to, agentId, state, endReason, price, conversationId;
    qint64 durationMs = 0;
    bool failed = false;
    int alarmCount = 0;
    int bargeIns = 0;
    int turns = 0;
    qint64 latencyP50Ms = -1;
    qint64 latencyP90Ms = -1;
    double cost = -1;      ///< ElevenLabs cost from post-call data; -1 = none
    QString recordingPath; ///< on the disk of `node` (a console fetches it, issue 20 §3)
    QString node;          ///< the node that held the call ("" on a single machine)
    QString match;         ///< with a search: the first transcript line that matched
};

/// Everything stored about one call, for the review pane, exports and the incident bundle.
struct CallRecord
{
    HistoryRow row;
    QString streamSid;
    QJsonObject metrics; ///< the call's figures at its end (CallStore::metricsJson)
    QList<bridge::TranscriptLine> transcript;
    QList<bridge::CallEvent> events;
    elevenlabs::PostCallData postCall; ///< empty conversationId when none arrived
    bool found = false;
};

/// The figures of a snapshot worth keeping after the call (stored as JSON, issue 8 §1).
QJsonObject metricsJson(const bridge::CallSnapshot &s);

/// Turns what the operator typed into an FTS5 query: every word quoted (so punctuation and
/// FTS operators are literal) and prefix-matched, all words required. Empty when no word.
QString ftsQuery(const QString &typed);

} // namespace patchline::store

Q_DECLARE_METATYPE(patchline::store::HistoryRow)
Q_DECLARE_METATYPE(patchline::store::CallRecord)
