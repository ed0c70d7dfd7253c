#pragma once

#include "call/CallTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace patchline::cluster {

/// The `/monitor` WebSocket between a node and a console attached to the cluster (issue 20
/// §3; docs/scale-out.md "Console attached to a cluster"). JSON text messages, one object
/// each, `type` first. Pure functions, any thread.
///
/// Node → console:
///   `{"type":"hello","node":N,"version":V}` once, then `update` with every live call;
///   `{"type":"update","calls":[C…]}` at ≤ 30 Hz for watched calls (snapshot, levels,
///   transcript lines, events), every 500 ms for the rest (no levels);
///   `{"type":"audio","id":I,"ulaw":B64}` listen-in: interleaved stereo μ-law, caller L /
///   agent R, 8 kHz, ~200 ms per message;
///   `{"type":"listen","id":I,"error":E}` the outcome of a listen request (I = 0: stopped).
/// Console → node: `watch` {ids}, `hangup` {id}, `mute` {id, muted}, `listen` {id; 0 stops}.
///
/// Everything decoded is bounded (kMax… below): a node is authenticated, but a bug or a
/// compromised node must not make a console allocate without limit.
namespace monitor {

inline constexpr int kMaxCallsPerMessage = 5000;
inline constexpr int kMaxLevelsPerCall = 3000; ///< 60 s of 20 ms pairs
inline constexpr int kMaxLinesPerCall = 500;
inline constexpr int kMaxEventsPerCall = 1000;
inline constexpr int kMaxText = 4000;                  ///< characters of a transcript line
inline constexpr int kMaxField = 1024;                 ///< characters of any other string
inline constexpr int kMaxWatched = 200;                ///< ids in one `watch`
inline constexpr qint64 kMaxNodeMessage = 32 << 20;    ///< bytes, node → console
inline constexpr qint64 kMaxConsoleMessage = 16 << 10; ///< bytes, console → node

/// One call's update as JSON (`wire` entries are not sent: the inspector is local).
QJsonObject encodeUpdate(const bridge::CallUpdate &u, bool withLevels);
/// The reverse, bounded; nullopt when `o` is not a call (no positive `id`). `node` is not
/// read from the message: the console sets it from the connection.
std::optional<bridge::CallUpdate> decodeUpdate(const QJsonObject &o);

/// A whole message (compact JSON, UTF-8).
QByteArray hello(const QString &node, const QString &version);
/// An `update` message around calls already encoded and joined with ',' (the node sends
/// its updates in messages of about kMessageBytes, so none passes a socket's 1 MiB queue).
QByteArray updatesFromJoined(const QByteArray &joinedCalls);
inline constexpr qsizetype kMessageBytes = 128 << 10;
/// Transcript text one encoded call carries at most (the newest lines win), bytes.
inline constexpr qsizetype kMaxLinesTextPerCall = 128 << 10;
QByteArray audio(quint64 id, QByteArrayView ulawStereo);
QByteArray listenResult(quint64 id, const QString &error);

/// A console's command as the node reads it (bounded; `kind` empty when not understood).
struct Command
{
    QString kind; ///< "watch", "hangup", "mute", "listen"
    quint64 id = 0;
    bool muted = false;
    QSet<quint64> ids; ///< watch
};
Command parseCommand(QByteArrayView utf8);
QByteArray watch(const QSet<quint64> &ids);
QByteArray hangup(quint64 id);
QByteArray mute(quint64 id, bool muted);
QByteArray listen(quint64 id);

/// A `Range: bytes=…` request header (RFC 7233 §2.1) against a file of `size` bytes: one
/// range only (first-last, first-, -suffix), clamped to `maxBytes`. `ok` false: no header
/// (whole file); `unsatisfiable`: answer 416.
struct ByteRange
{
    bool ok = false;
    bool unsatisfiable = false;
    qint64 first = 0;
    qint64 last = -1; ///< inclusive
};
ByteRange parseRange(const QByteArray &header, qint64 size, qint64 maxBytes);
/// The recording a `/recordings?file=` names, relative to the data folder
/// ("recordings/YYYY-MM-DD/NAME.wav"), or "" when `file` is not exactly "YYYY-MM-DD/NAME.wav"
/// with NAME of 1–64 letters, digits, '-' or '_' (never a path built from other bytes).
QString recordingFile(const QString &file);
/// A `Content-Range: bytes first-last/total` response header; `ok` false when not exactly that
/// shape with first ≤ last < total.
struct ContentRange
{
    qint64 first = 0, last = -1, total = -1;
    bool ok = false;
};
ContentRange parseContentRange(const QByteArray &header);
/// The `file=` value for a recording path ("…/recordings/YYYY-MM-DD/NAME.wav"), or "".
QString recordingKey(const QString &path);

/// The authentication of a monitor or recording request (issue 20 §3): `Authorization:
/// Bearer <token>` compared in constant time with the node's token. False when the node has
/// no token (monitoring off) or the header is missing or wrong.
bool authorized(const QByteArray &authorizationHeader, const QByteArray &token);

} // namespace monitor
} // namespace patchline::cluster
