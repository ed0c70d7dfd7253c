#include "sim/Sandbox.h"

#include "sim/Abuser.h"

#include <ctime>

namespace patchline::sim {

Sandbox::Sandbox(const Options &options, QObject *parent) : QObject(parent), m_options(options) {}

QString Sandbox::startAgent()
{
    SimAgent::Options ao;
    ao.apiKey = m_options.apiKey;
    // The agent, and its "changed prompt" variant for regression suites (issue 19 §3).
    ao.agentIds = {m_options.agentId, SimAgent::changedPromptAgentId()};
    ao.changedPromptAgentIds = {SimAgent::changedPromptAgentId()};
    ao.keepAudio = m_options.keepAudio;
    ao.pingIntervalMs = m_options.pingIntervalMs;
    ao.inputFormat = m_options.agentInputFormat;
    ao.outputFormat = m_options.agentOutputFormat;
    ao.requiredDynamicVariables = m_options.agentRequiredVariables;
    m_agent = new SimAgent(
        ao,
        [this](const QString &callSid) {
            return m_scenarios.value(callSid,
                                     m_options.outboundScenario.value_or(Scenario::demo()));
        },
        this);
    if (!m_agent->listen(0))
        return {};
    return m_agent->apiBase();
}

void Sandbox::startCarrier(const QString &bridgeBase, const QString &publicBase)
{
    SimCarrier::Options co;
    co.publicBase = publicBase;
    co.authToken = m_options.authToken;
    co.keepAudio = m_options.keepAudio;
    m_carrier = new SimCarrier(co, this);
    m_carrier->listenRest(0); // Twilio's REST surface, for outbound calls from the console
    if (m_options.outboundScenario)
        m_carrier->setRestScenario(*m_options.outboundScenario);
    if (!m_options.webhookSecret.isEmpty())
        m_agent->setPostCallWebhook(bridgeBase + QStringLiteral("/elevenlabs/post-call"),
                                    m_options.webhookSecret);
    connect(m_carrier, &SimCarrier::callFinished, this, &Sandbox::callFinished);
    connect(m_carrier, &SimCarrier::log, this, &Sandbox::log);
}

QString Sandbox::placeCall(const Scenario &scenario)
{
    const QString sid = m_carrier->placeCall(scenario);
    m_scenarios.insert(sid, scenario);
    return sid;
}

qint64 Sandbox::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace patchline::sim

namespace patchline::sim {

void Sandbox::startAbuse(quint16 port)
{
    if (!m_abuser) {
        m_abuser = new Abuser(port, this);
        m_abuser->start();
    }
}

QString Sandbox::abuseFigures() const
{
    return m_abuser ? m_abuser->figures().toText() : QString();
}

} // namespace patchline::sim
