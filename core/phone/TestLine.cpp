#include "phone/TestLine.h"

#include "audio/AudioDevice.h"
#include "call/CallTypes.h"
#include "server/MessageSocket.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRandomGenerator>

#include <cstring>

namespace patchline::phone {

namespace {
constexpr int kFrameBytes = 160; // 20 ms of μ-law 8 kHz (reference/twilio.md §1.2)

QString sid(const char *prefix)
{
    QByteArray b(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(b.toHex());
}

audio::AudioFormat devicePcm()
{
    return {audio::AudioFormat::Encoding::Pcm16, TestLine::kRateHz};
}
} // namespace

/// The speaker pulls from here: queued agent audio, then silence (it never runs dry, so the
/// sink never stalls). `played` counts agent bytes handed out.
class TestLine::Playout final : public QIODevice
{
public:
    // Unbuffered: QIODevice would otherwise pull 16 KiB (0.5 s) per read, so a `mark` would
    // count as heard up to half a second early.
    explicit Playout(TestLine *line) : QIODevice(line), m_line(line)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void append(const QByteArray &pcm)
    {
        m_queue += pcm;
        m_queued += pcm.size();
    }
    void clear()
    {
        m_queue.clear();
        m_queued = m_played;
    }
    qint64 queuedEnd() const { return m_queued; }
    qint64 played() const { return m_played; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + (1 << 16); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        max &= ~qint64(1); // whole samples
        const qint64 n = std::min<qint64>(max, m_queue.size());
        std::memcpy(data, m_queue.constData(), size_t(n));
        m_queue.remove(0, n);
        std::memset(data + n, 0, size_t(max - n));
        m_played += n;
        if (n > 0)
            m_line->echoPlayedMarks();
        return max;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    TestLine *m_line;
    QByteArray m_queue;
    qint64 m_queued = 0;
    qint64 m_played = 0;
};

TestLine::TestLine(server::MessageSocket *socket, audio::AudioDevice *device,
                   const TestLineRequest &request, QObject *parent)
    : QObject(parent), m_socket(socket), m_device(device), m_playout(new Playout(this)),
      m_toLine(devicePcm(), audio::AudioFormat::telephony()),
      m_fromLine(audio::AudioFormat::telephony(), devicePcm())
{
    socket->setParent(this);
    device->setParent(this);
    m_stream.accountSid = QStringLiteral("AC00000000000000000000000000000000");
    m_stream.callSid = sid("CAtest");
    m_stream.streamSid = sid("MZtest");
    m_stream.customParameters = {{QStringLiteral("direction"), request.direction},
                                 {QStringLiteral("from"), request.from}};
    if (!request.agentId.isEmpty())
        m_stream.customParameters += {{QStringLiteral("agent_id"), request.agentId},
                                      {QStringLiteral("to"), request.agentId}};
    m_stream.customParameters += request.parameters;

    connect(socket, &server::MessageSocket::opened, this, [this] {
        if (m_done)
            return;
        m_socket->sendText(m_stream.connected());
        m_socket->sendText(m_stream.start());
        m_streaming = true;
    });
    connect(socket, &server::MessageSocket::textReceived, this, &TestLine::onText);
    connect(socket, &server::MessageSocket::closed, this, [this](int code, const QString &why) {
        finish(code == 1000 || code == 1005
                   ? QString()
                   : QCoreApplication::translate("TestLine", "the bridge closed the line (%1 %2)")
                         .arg(code)
                         .arg(why));
    });
    connect(device, &audio::AudioDevice::captured, this, &TestLine::onCaptured);
    connect(device, &audio::AudioDevice::sourceEnded, this, &TestLine::hangup);
    connect(device, &audio::AudioDevice::failed, this, [this](const QString &error) {
        hangup();
        finish(error);
    });
}

TestLine::~TestLine()
{
    m_device->stop();
}

bool TestLine::start(QString *error)
{
    if (m_device->start(kRateHz, m_playout, error))
        return true;
    m_done = true;
    if (m_socket)
        m_socket->close(1000, QStringLiteral("no audio device"));
    return false;
}

void TestLine::hangup()
{
    if (m_done || !m_socket)
        return;
    if (m_streaming && m_socket->isOpen())
        m_socket->sendText(m_stream.stop()); // §1.2 `stop`, then close (§1.5)
    m_socket->close(1000, QStringLiteral("operator hung up"));
}

void TestLine::onCaptured(const QByteArray &pcm16)
{
    if (!m_streaming || m_done)
        return;
    m_toLine.convert(pcm16, m_conv);
    m_ulaw += m_conv;
    qsizetype pos = 0;
    for (; m_ulaw.size() - pos >= kFrameBytes; pos += kFrameBytes) {
        ++m_chunk;
        m_stream.media(
            m_out, m_chunk, m_chunk * 20,
            QString::fromLatin1(
                QByteArray::fromRawData(m_ulaw.constData() + pos, kFrameBytes).toBase64()));
        m_socket->sendText(m_out);
    }
    m_ulaw.remove(0, pos);
}

void TestLine::onText(const QString &text)
{
    using T = twilio::BridgeMessage::Type;
    const twilio::BridgeMessage m = twilio::parseBridgeMessage(text);
    if (m.streamSid != m_stream.streamSid)
        return; // Twilio would flag this as 31951; the bridge's own tests cover it
    switch (m.type) {
    case T::Media:
        m_fromLine.convert(m.audio, m_conv);
        m_playout->append(m_conv);
        break;
    case T::Mark:
        m_marks.append({m_playout->queuedEnd(), m.markName});
        echoPlayedMarks();
        break;
    case T::Clear:
        m_playout->clear();
        m_fromLine.reset();
        echoPlayedMarks();
        break;
    case T::Invalid:
        break;
    }
}

void TestLine::echoPlayedMarks()
{
    while (!m_marks.isEmpty() && (m_marks.first().first <= m_playout->played() ||
                                  m_playout->queuedEnd() <= m_playout->played())) {
        if (m_socket && m_socket->isOpen())
            m_socket->sendText(m_stream.markEcho(m_marks.takeFirst().second));
        else
            m_marks.removeFirst();
    }
}

void TestLine::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_device->stop();
    emit finished(error);
}

} // namespace patchline::phone
