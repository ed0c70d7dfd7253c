#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace patchline::sim {

/// One shipped speech clip (resources/clips, made by generate.sh with espeak-ng), as
/// μ-law 8 kHz bytes ready for the wire, with its exact text.
struct Clip
{
    QString name;
    QString text;
    QByteArray mulaw; ///< 8000 bytes per second
    int durationMs() const { return int(mulaw.size() / 8); }
};

/// The clips compiled into the binary (Qt resource ":/clips"). Loaded once, then read-only
/// and safe to share between threads. An unknown name returns an empty clip.
const Clip &clip(const QString &name);
QStringList clipNames();

/// What the simulated caller does next (evaluated every 20 ms by the sandbox carrier).
struct CallerStep
{
    enum class Kind {
        SayAfterAgentQuiet, ///< agent spoke since our last turn and is now quiet for `ms`
        SayOverAgent,       ///< barge-in: agent has been audible for `ms` without a break
        HangupAfterAgentQuiet,
    };
    Kind kind = Kind::SayAfterAgentQuiet;
    int ms = 500;
    QString clip; ///< for Say steps
};

/// A scripted conversation shared by the sandbox carrier (caller side) and the sandbox
/// agent (agent side). agentLines[0] is the first message; agentLines[1 + i] answers the
/// caller's turn i (cycling through 1..n-1 when the caller says more).
struct Scenario
{
    QString name;
    QStringList agentLines;
    QList<CallerStep> caller;
    int maxDurationMs = 120000; ///< the caller hangs up at this point regardless
    /// When ≥ 0: after this many ms the caller hangs up at the next quiet moment (≥ 300 ms
    /// without agent audio), whatever steps remain. Used by the load benchmark.
    int hangupAfterMs = -1;
    /// When > 0: the agent ends the call itself (like the `end_call` tool: close 1000) once
    /// its N-th utterance has played out.
    int agentHangsUpAfter = 0;
    /// When ≥ 0: the agent fails this many ms into the conversation (an `error` event
    /// `llm_error`, then close 1002), as when its LLM does not answer (elevenlabs.md §6.1).
    int agentFailsAfterMs = -1;
    /// When ≥ 0: this many ms into the conversation the agent stops reading its WebSocket
    /// (it keeps sending pings; the bridge's audio and pings wait unread), a fault for
    /// issue 16 §10. The bridge should raise "agent not reading" and then end the call.
    int agentStopsReadingAfterMs = -1;
    /// When ≥ 0: this many ms into the stream the carrier stops reading its WebSocket while
    /// it keeps sending caller audio (issue 16 §10: the Twilio socket stalling).
    int carrierStopsReadingAfterMs = -1;
    /// What the carrier's answering-machine detection reports when the call was created with
    /// MachineDetection (AnsweredBy on the voice webhook, reference/twilio.md §3.2).
    QString answeredBy = QStringLiteral("human");

    /// Clip of the caller's `turn`-th utterance (0-based), or empty.
    QString callerClip(int turn) const;
    /// Clip the agent answers the caller's `turn`-th utterance with.
    QString agentReply(int turn) const;

    /// The demo call: greeting, question, answer with a barge-in, follow-up, goodbye (~27 s).
    static Scenario demo();
    /// A call for the load benchmark: turns without barge-in for about `durationMs`.
    static Scenario load(int durationMs);
};

} // namespace patchline::sim
