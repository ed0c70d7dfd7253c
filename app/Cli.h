#pragma once

#include "bridge/Engine.h"

#include <QString>
#include <QStringList>

namespace patchline::app {

/// What the command line asked for.
struct CliOptions
{
    bridge::Engine::Options engine;
    bool headless = false;
    bool demoCall = false;
    int loadCalls = 0;        ///< --calls N (load benchmark), 0 = off
    int loadDurationS = 10;   ///< --duration S
    bridge::DialRequest dial; ///< --dial: place this outbound call (to empty = none)
    QString error;            ///< set when the command line is invalid (names the option)
};

/// Parses `arguments` (including argv[0]). Handles --help and --version by printing and
/// returning with `exitNow` set. Environment: TWILIO_AUTH_TOKEN, ELEVENLABS_API_KEY.
CliOptions parseCommandLine(const QStringList &arguments, bool *exitNow, int *exitCode);

} // namespace patchline::app
