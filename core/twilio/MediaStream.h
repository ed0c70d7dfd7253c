#pragma once

#include <QHash>
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

/// Builders for the three messages Twilio accepts from us (§1.3). They write into `out`
/// (cleared first, capacity kept) so a session can reuse one buffer per direction.
void buildMedia(QString &out, QStringView streamSid, QStringView payloadBase64);
void buildMark(QString &out, QStringView streamSid, QStringView name);
void buildClear(QString &out, QStringView streamSid);

/// Name of a Type for logs and the wire inspector.
QString typeName(StreamMessage::Type t);

} // namespace patchline::twilio
