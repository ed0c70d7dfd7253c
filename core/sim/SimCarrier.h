#pragma once

#include "sim/Scenario.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace patchline::server {
class MessageSocket;
}

namespace patchline::sim {

/// What the sandbox carrier saw of one call (for tests, the demo summary and load figures).
struct CarrierCallResult
{
    QString callSid;
    QString streamSid;
    QString from;
    QString to;
    QString error; ///< set when the call could not be set up (webhook, TwiML, WS)
    int webhookStatus = 0;
    QString twiml;
    QStringList statusCallbacksSent;
    qint64 framesSent = 0;    ///< caller `media` frames (160 bytes each)
    QByteArray callerSent;    ///< all caller μ-law sent (only with keepAudio)
    QByteArray agentReceived; ///< all agent μ-law received in `media` (only with keepAudio)
    qint64 mediaReceived = 0;
    std::vector<qint64> mediaReceivedNs; ///< monotonic receive time of each agent `media`
    qint64 agentBytesReceived = 0;
    qint64 agentBytesPlayed = 0;
    int marksReceived = 0;
    int marksEchoed = 0;
    int clearsReceived = 0;
    QList<qint64> clearAtMs;   ///< call time of each `clear`
    QList<qint64> bargeInAtMs; ///< call time the caller started talking over the agent
    int invalidMessages = 0;   ///< what real Twilio would flag as 31951
    bool stopSent = false;
    bool bridgeClosedFirst = false;
    int closeCode = 0;
    qint64 durationMs = 0;
    bool finished = false;
};

/// The sandbox carrier: behaves like Twilio on the wire (reference/twilio.md §1.11
/// "simulator checklist"). Places a call by POSTing a signed voice webhook, parses the
/// TwiML, opens the `<Stream url>` WebSocket with a signed upgrade, sends `connected`,
/// `start` (with the `<Parameter>`s as customParameters) and a 160-byte μ-law `media` frame
/// every 20 ms (speech clips from the scenario, μ-law silence between), plays received
/// agent audio out at 8000 B/s, echoes each `mark` when the audio before it has played (at
/// once on `clear`), and ends with `stop`, a close and a `completed` status callback.
/// Status callbacks initiated/ringing/in-progress/completed are signed too.
///
/// Lives on the sandbox thread; one 20 ms timer drives every call.
class SimCarrier : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString bridgeBase;   ///< where to send HTTP, e.g. http://127.0.0.1:8787
        QString publicBase;   ///< what the bridge believes Twilio calls (signed URLs)
        QByteArray authToken; ///< signs webhooks and the upgrade (twilio.md §4)
        QString accountSid = QStringLiteral("AC00000000000000000000000000000000");
        bool keepAudio = false;
    };

    explicit SimCarrier(const Options &options, QObject *parent = nullptr);
    ~SimCarrier() override;

    /// Starts a call following `scenario`. Returns its CallSid at once; the flow runs
    /// asynchronously and ends with callFinished().
    QString placeCall(const Scenario &scenario, const QString &from = QStringLiteral("+15550100"),
                      const QString &to = QStringLiteral("+15550199"));
    /// Hangs up a call as the caller (stop + close + completed).
    void hangup(const QString &callSid);

    const CarrierCallResult *result(const QString &callSid) const;
    QList<QString> callSids() const { return m_calls.keys(); }
    int activeCalls() const;

    /// Per-frame send times (ns, monotonic) of a call, for latency measurements.
    const std::vector<qint64> *sendTimes(const QString &callSid) const;

signals:
    void callFinished(const QString &callSid);
    void log(const QString &line);

private:
    struct Call;
    void postForm(Call &c, const QString &path, const QList<QPair<QString, QString>> &params,
                  std::function<void(int status, const QByteArray &body)> done);
    void sendStatus(Call &c, const QString &status);
    void onTwiml(Call &c, int status, const QByteArray &body);
    void onStreamText(Call &c, const QString &text);
    void tick();
    void stepScript(Call &c, qint64 nowMs);
    void sendFrame(Call &c);
    void endCall(Call &c, bool sendStop);
    void finishIfDone(Call &c);
    void fail(Call &c, const QString &error);

    Options m_options;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::shared_ptr<Call>> m_calls;
    QTimer m_tick;
    int m_nextCall = 1;
};

} // namespace patchline::sim
