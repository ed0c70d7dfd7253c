#pragma once

#include "sim/Scenario.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace patchline::server {
class HttpServer;
class MessageSocket;
struct HttpRequest;
struct HttpResponse;
} // namespace patchline::server

namespace patchline::sim {

/// What the sandbox carrier saw of one call (for tests, the demo summary and load figures).
struct CarrierCallResult
{
    QString callSid;
    QString streamSid;
    QString from;
    QString to;
    QString error;            ///< set when the call could not be set up (webhook, TwiML, WS)
    QString machineDetection; ///< MachineDetection of the REST create, if any
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

/// The sandbox carrier's rule for calls that are not answered (issue 19 §3): the terminal
/// CallStatus of the `attempt`-th (1-based) REST create to `to`, or empty when it is
/// answered. A number ending in 13 is busy on its first attempt, in 17 not answered on its
/// first, in 66 busy on every attempt; every other number answers. Pure.
QString unansweredStatus(const QString &to, int attempt);

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
        QString publicBase;   ///< the app's public base: webhooks go there, signed (§4)
        QByteArray authToken; ///< signs webhooks and the upgrade (twilio.md §4)
        QString accountSid = QStringLiteral("AC00000000000000000000000000000000");
        bool keepAudio = false;
        // REST surface (reference/twilio.md §3):
        bool trialAccount = false;
        QStringList numbers{QStringLiteral("+15550100")};           ///< the account's numbers
        QStringList verifiedCallerIds{QStringLiteral("+15550199")}; ///< what a trial may call
        QByteArray apiKeySid; ///< optional SK… accepted for Basic auth
        QByteArray apiKeySecret;
        /// Batch calls see busy lines and no answers (issue 19 §3), by a fixed rule on the
        /// number so retries can be seen and tests can count on them
        /// (sim::unansweredStatus).
        bool busyRule = true;
    };

    explicit SimCarrier(const Options &options, QObject *parent = nullptr);
    ~SimCarrier() override;

    /// Starts a call following `scenario`. Returns its CallSid at once; the flow runs
    /// asynchronously and ends with callFinished().
    QString placeCall(const Scenario &scenario, const QString &from = QStringLiteral("+15550100"),
                      const QString &to = QStringLiteral("+15550199"));
    /// Hangs up a call as the caller (stop + close + completed).
    void hangup(const QString &callSid);

    /// Serves Twilio's REST API (create/hang up calls, account, numbers) on 127.0.0.1.
    /// Returns the port or 0. Created calls follow restScenario().
    quint16 listenRest(quint16 port = 0);
    QString restBase() const;
    void setRestScenario(const Scenario &s) { m_restScenario = s; }
    /// The next REST requests fail with these HTTP statuses (429 / 5xx, Retry-After: 0),
    /// to exercise the client's retries.
    void failNextRequests(const QList<int> &statuses) { m_failNext = statuses; }
    int restRequests() const { return m_restRequests; }
    /// Every accepted REST create: (ms since the epoch, To), in order (CPS checks).
    const QList<QPair<qint64, QString>> &creates() const { return m_creates; }

    const CarrierCallResult *result(const QString &callSid) const;
    QList<QString> callSids() const { return m_calls.keys(); }
    int activeCalls() const;

    /// Per-frame send times (ns, monotonic) of a call, for latency measurements.
    const std::vector<qint64> *sendTimes(const QString &callSid) const;

signals:
    void callFinished(const QString &callSid);
    /// A REST create was accepted; emitted before its 201 is sent (a test can stop the
    /// client right there, leaving a call it never heard of).
    void created(const QString &callSid, const QString &to);
    void log(const QString &line);

private:
    struct Call;
    std::shared_ptr<Call> newCall(const Scenario &scenario, const QString &from, const QString &to);
    void startCall(const std::shared_ptr<Call> &c);
    void postForm(const QString &url, const QList<QPair<QString, QString>> &params,
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
    /// Auth and injected failures common to every REST request; a response to send
    /// instead of handling it, or nullopt.
    std::optional<server::HttpResponse> restGate(const server::HttpRequest &req);
    QByteArray callJson(const Call &c, const QString &status) const;

    Options m_options;
    server::HttpServer *m_rest = nullptr;
    Scenario m_restScenario = Scenario::demo();
    QList<int> m_failNext;
    QList<QPair<qint64, QString>> m_creates;
    QHash<QString, int> m_createsTo; ///< creates per To number (the busy rule's attempt)
    int m_restRequests = 0;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::shared_ptr<Call>> m_calls;
    QTimer m_tick;
    int m_nextCall = 1;
};

} // namespace patchline::sim
