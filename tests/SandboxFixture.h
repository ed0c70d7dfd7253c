#pragma once

#include "TestUtil.h"
#include "engine/Engine.h"
#include "sim/Sandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace patchline::test {

/// A started sandbox Engine in a temporary data folder, with every CallUpdate it published
/// kept for assertions. Use from the test's main thread.
class SandboxFixture
{
public:
    /// Starts the engine; `tweak` may change the options first. Returns an error or empty.
    QString start(const std::function<void(engine::Engine::Options &)> &tweak = {})
    {
        engine::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = m_dir.path();
        if (tweak)
            tweak(o);
        engine = std::make_unique<engine::Engine>(o);
        QString error;
        if (!engine->start(&error))
            return error;
        QObject::connect(engine.get(), &engine::Engine::updates, engine.get(),
                         [this](const QList<bridge::CallUpdate> &b) { updates += b; });
        return {};
    }

    void stop() { engine.reset(); }
    /// The temporary data folder the engine uses.
    QString dataDir() const { return m_dir.path(); }

    /// The newest snapshot of call `callSid` (default-constructed when none yet).
    bridge::CallSnapshot last(const QString &callSid) const
    {
        bridge::CallSnapshot s;
        for (const auto &u : updates)
            if (u.snapshot.callSid == callSid)
                s = u.snapshot;
        return s;
    }

    /// Texts of the events of `kind` published for `callSid`.
    QStringList events(const QString &callSid, const QString &kind) const
    {
        QStringList out;
        for (const auto &u : updates)
            if (u.snapshot.callSid == callSid)
                for (const auto &e : u.events)
                    if (e.kind == kind)
                        out << e.text;
        return out;
    }

    /// Places sandbox call `s` and waits for it to end (bridge state Ended); its CallSid,
    /// or empty when it did not finish within `waitMs`.
    QString runToEnd(const sim::Scenario &s, int waitMs = 30000)
    {
        QSignalSpy finished(engine.get(), &engine::Engine::sandboxCallFinished);
        engine->placeSandboxCall(s);
        if (!finished.wait(waitMs))
            return {};
        const QString sid = finished.first().first().toString();
        return test::waitFor([&] { return last(sid).state == bridge::CallState::Ended; }, 5000)
                   ? sid
                   : QString();
    }

    /// What the simulated parties saw of `callSid` (read on the sandbox thread).
    void results(const QString &callSid, sim::CarrierCallResult &carrier,
                 sim::AgentConversationResult &agent) const
    {
        QMetaObject::invokeMethod(
            engine->sandbox(),
            [&] {
                if (const auto *c = engine->sandbox()->carrier()->result(callSid))
                    carrier = *c;
                agent = engine->sandbox()->agent()->results().value(callSid);
            },
            Qt::BlockingQueuedConnection);
    }

    std::unique_ptr<engine::Engine> engine;
    QList<bridge::CallUpdate> updates;

private:
    QTemporaryDir m_dir;
};

} // namespace patchline::test
