#include "sim/Scenario.h"

#include "audio/Mulaw.h"
#include "audio/WavFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace patchline::sim {
namespace {

QHash<QString, Clip> loadClips()
{
    QHash<QString, Clip> clips;
    const QDir dir(QStringLiteral(":/clips"));
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.wav")}, QDir::Files)) {
        QFile wav(fi.filePath());
        QFile txt(fi.path() + u'/' + fi.completeBaseName() + QStringLiteral(".txt"));
        if (!wav.open(QIODevice::ReadOnly) || !txt.open(QIODevice::ReadOnly))
            continue;
        audio::PcmBuffer pcm;
        if (!audio::readAudioBytes(wav.readAll(), pcm) || pcm.sampleRate != 8000 ||
            pcm.channels != 1)
            continue; // generate.sh makes 8 kHz mono; anything else is a packaging bug
        Clip c;
        c.name = fi.completeBaseName();
        c.text = QString::fromUtf8(txt.readAll()).trimmed();
        c.mulaw.resize(qsizetype(pcm.samples.size()));
        audio::mulawEncode(pcm.samples, reinterpret_cast<std::uint8_t *>(c.mulaw.data()));
        clips.insert(c.name, c);
    }
    return clips;
}

const QHash<QString, Clip> &clips()
{
    static const QHash<QString, Clip> all = loadClips();
    return all;
}

} // namespace

const Clip &clip(const QString &name)
{
    static const Clip empty;
    const auto it = clips().constFind(name);
    return it == clips().constEnd() ? empty : *it;
}

QStringList clipNames()
{
    QStringList names = clips().keys();
    names.sort();
    return names;
}

QString Scenario::callerClip(int turn) const
{
    int n = 0;
    for (const CallerStep &s : caller) {
        if (s.kind == CallerStep::Kind::HangupAfterAgentQuiet)
            continue;
        if (n++ == turn)
            return s.clip;
    }
    return {};
}

QString Scenario::agentReply(int turn) const
{
    if (agentLines.size() < 2)
        return {};
    return agentLines.at(1 + turn % int(agentLines.size() - 1));
}

Scenario Scenario::demo()
{
    using K = CallerStep::Kind;
    Scenario s;
    s.name = QStringLiteral("demo");
    s.agentLines = {QStringLiteral("agent0"), QStringLiteral("agent1"), QStringLiteral("agent2"),
                    QStringLiteral("agent3")};
    s.caller = {{K::SayAfterAgentQuiet, 500, QStringLiteral("caller0")},
                {K::SayOverAgent, 2000, QStringLiteral("caller1")},
                {K::SayAfterAgentQuiet, 500, QStringLiteral("caller2")},
                {K::HangupAfterAgentQuiet, 800, {}}};
    s.maxDurationMs = 90000;
    return s;
}

Scenario Scenario::load(int durationMs)
{
    using K = CallerStep::Kind;
    Scenario s;
    s.name = QStringLiteral("load");
    s.agentLines = {QStringLiteral("agent3"), QStringLiteral("agent2"), QStringLiteral("agent3")};
    // Enough turns for the duration; the carrier hangs up at the first quiet moment after it.
    const int turnMs = 9000;
    for (int t = 0; t * turnMs < durationMs; ++t)
        s.caller.append({K::SayAfterAgentQuiet, 400,
                         t % 2 ? QStringLiteral("caller2") : QStringLiteral("caller0")});
    s.caller.append({K::HangupAfterAgentQuiet, 300, {}});
    s.hangupAfterMs = durationMs;
    s.maxDurationMs = durationMs + 30000;
    return s;
}

} // namespace patchline::sim
