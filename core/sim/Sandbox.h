#pragma once

#include "sim/Scenario.h"
#include "sim/SimAgent.h"
#include "sim/SimCarrier.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace patchline::sim {

class Abuser;

/// The sandbox's two remote parties together: a SimAgent (ElevenLabs side) and a
/// SimCarrier (Twilio side) sharing the scenario of each call. Only the remote parties are
/// simulated; the bridge under test is the real one, over real loopback sockets.
/// Lives on the sandbox thread; call everything there.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QByteArray authToken;     ///< Twilio Auth Token the carrier signs with
        QByteArray apiKey;        ///< ElevenLabs API key the agent accepts
        QByteArray webhookSecret; ///< signs post-call webhooks to the bridge (empty = none)
        QString agentId = QStringLiteral("agent_sandbox_demo");
        bool keepAudio = false;
        int pingIntervalMs = 2000;
        QString agentInputFormat = QStringLiteral("ulaw_8000");  ///< user_input_audio_format
        QString agentOutputFormat = QStringLiteral("ulaw_8000"); ///< agent_output_audio_format
        QStringList agentRequiredVariables; ///< {{vars}} the sandbox agent's prompt needs
        /// What calls created through the REST API (New call, campaigns) follow; the demo
        /// call when unset. Tests use short ones.
        std::optional<Scenario> outboundScenario;
    };

    explicit Sandbox(const Options &options, QObject *parent = nullptr);

    /// Starts the agent on 127.0.0.1 (any port); returns its REST base URL or empty.
    QString startAgent();
    /// Starts the carrier against a running bridge.
    void startCarrier(const QString &bridgeBase, const QString &publicBase);
    /// Places one call; returns its CallSid.
    QString placeCall(const Scenario &scenario);

    /// Starts the isolation benchmark's hostile HTTP clients against the bridge's `port`
    /// (sim::Abuser) on this thread.
    void startAbuse(quint16 port);
    /// What the hostile clients saw so far ("abuse k=v …"), empty when none ran.
    QString abuseFigures() const;

    SimAgent *agent() const { return m_agent; }
    SimCarrier *carrier() const { return m_carrier; }
    /// CPU time used by the calling thread (call it on the sandbox thread), ns.
    static qint64 threadCpuNs();

signals:
    void callFinished(const QString &callSid);
    void log(const QString &line);

private:
    Options m_options;
    SimAgent *m_agent = nullptr;
    SimCarrier *m_carrier = nullptr;
    Abuser *m_abuser = nullptr; ///< child, while the isolation benchmark runs
    QHash<QString, Scenario> m_scenarios;
};

} // namespace patchline::sim
