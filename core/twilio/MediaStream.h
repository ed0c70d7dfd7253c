#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace patchline::twilio {

/// One message Twilio sends on a Media Streams WebSocket (reference/twilio.md §1.2).
/// Fields not carried by a type keep their defaults. Numbers Twilio sends as strings
/// (`sequenceNumber`, `chunk`, `timestamp`) are parsed to integers; -1 when absent.
struct StreamMessage
{
    enum class Type { Connected, Start, Media, Dtmf, Mark, Stop, Unknown };

    Type type = Type::Unknown;
    QString event; ///< the raw `event` value (useful for Unknown)
    QString streamSid;
    qint64 sequenceNumber = -1;

    // start (§1.2 `start`)
    QString accountSid;
    QString callSid;
    QStringList tracks;
    QString encoding; ///< "audio/x-mulaw"
    int sampleRate = 0;
    int channels = 0;
    QHash<QString, QString> customParameters;

    // media
    QString track;
    qint64 chunk = -1;
    qint64 timestampMs = -1;
    /// base64 μ-law payload. For the fast path this views the parsed text: valid only while
    /// the QString passed to parseStreamMessage() lives and is unchanged.
    QStringView payload;
    QString ownedPayload; ///< backing store for `payload` on the slow path

    StreamMessage() = default;
    StreamMessage(const StreamMessage &) = delete; ///< `payload` may view ownedPayload
    StreamMessage &operator=(const StreamMessage &) = delete;
    StreamMessage &operator=(StreamMessage &&) = default;

    // dtmf / mark
    QString digit;
    QString markName;
};

/// Parses one text frame from Twilio. Returns false with `error` set (what was wrong, in
/// words an operator can act on) for invalid JSON or a message without `event`.
/// `media` messages in Twilio's compact shape take an allocation-free fast path; anything
/// else goes through QJsonDocument. Unknown events parse as Type::Unknown (not an error).
/// Any thread; pure.
bool parseStreamMessage(const QString &text, StreamMessage &out, QString *error);

/// One `media` message in Twilio's compact shape, viewed in place (no copies): the frame
/// path's fast parse. Views are valid while the parsed bytes live.
struct MediaFrame
{
    QByteArrayView payload; ///< base64 μ-law (160 bytes decoded for a 20 ms frame)
    QByteArrayView streamSid;
    QByteArrayView track;
    qint64 sequenceNumber = -1;
    qint64 chunk = -1;
    qint64 timestampMs = -1;
};

/// Parses a Twilio `media` message given as UTF-8 when it has Twilio's compact shape
/// (`{"event":"media",…}` with no escapes in its strings, reference/twilio.md §1.2).
/// Returns false for anything else — including valid JSON in another shape — which the
/// caller then hands to parseStreamMessage(). Any thread; pure; allocation-free.
bool parseMediaFast(QByteArrayView utf8, MediaFrame &out);

/// Builders for the three messages Twilio accepts from us (§1.3). They write into `out`
/// (cleared first, capacity kept) so a session can reuse one buffer per direction.
void buildMedia(QString &out, QStringView streamSid, QStringView payloadBase64);
void buildMark(QString &out, QStringView streamSid, QStringView name);
void buildClear(QString &out, QStringView streamSid);

/// The carrier's side of a stream: what Twilio itself sends (§1.2), for the parties inside
/// Patchline that play Twilio's role (the sandbox carrier, the "Test agent" line). Compact
/// JSON, numbers as strings, like the real service.
struct CarrierStream
{
    QString accountSid;
    QString callSid;
    QString streamSid;
    QList<QPair<QString, QString>> customParameters; ///< the TwiML `<Parameter>`s
    qint64 seq = 0;                                  ///< last sequenceNumber sent

    QString connected() const;
    QString start();
    /// One 20 ms inbound frame (`payload` base64 μ-law, 160 bytes decoded) into `out`.
    void media(QString &out, qint64 chunk, qint64 timestampMs, QStringView payloadBase64);
    /// The echo of a `mark` whose audio has played (or was cleared).
    QString markEcho(const QString &name);
    QString stop();
};

/// One message the bridge sent to Twilio (§1.3), as the carrier side reads it.
struct BridgeMessage
{
    enum class Type { Media, Mark, Clear, Invalid };
    Type type = Type::Invalid;
    QString streamSid;
    QByteArray audio; ///< decoded μ-law payload of `media`
    QString markName;
};
/// Parses a message our bridge sent; Invalid for anything Twilio would reject (31951).
BridgeMessage parseBridgeMessage(const QString &text);

/// Name of a Type for logs and the wire inspector.
QString typeName(StreamMessage::Type t);

} // namespace patchline::twilio
