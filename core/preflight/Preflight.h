#pragma once

#include "settings/Config.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace patchline::preflight {

/// Traffic-light level of one check.
enum class Level { Pass, Warn, Fail, Skip };

/// One line of the pre-flight list: what was checked, what was found and, unless it
/// passed, the fix in one sentence plus the settings section that holds it.
struct CheckLine
{
    QString id; ///< stable: "twilio.credentials", "agent.formats", …
    Level level = Level::Skip;
    QString title;      ///< "Twilio credentials"
    QString detail;     ///< what was found ("Account ‘Acme’ (Full)")
    QString fix;        ///< one sentence; empty when passed
    QString section;    ///< settings section that fixes it: twilio, elevenlabs, server, call
    QString suggestion; ///< a value that would fix it (e.g. a detected ngrok URL), or empty
    /// Values found on the way, for pickers: twilio.from → the account's voice numbers and
    /// verified caller IDs (E.164); elevenlabs.key → "agent_id\tname" per agent.
    QStringList choices;
};

/// What to check. `config` is the candidate configuration (it may not be saved yet); `port`
/// the port this process listens on (for the public-URL self-test).
struct Request
{
    enum Scope { Twilio = 1, ElevenLabs = 2, Server = 4, Agent = 8, Call = 16, All = 31 };
    settings::BridgeConfig config;
    int scope = All;
    bool needsPublicUrl = true;       ///< false in the sandbox (the carrier is on this machine)
    QString to;                       ///< the number to call (Call scope; empty = not checked)
    QString from;                     ///< caller ID; empty = none chosen
    QString agentId;                  ///< empty = config.defaultAgentId
    QMap<QString, QString> variables; ///< dynamic variables the call fills
    QStringList overrides;            ///< override fields the call sets ("first_message", …)
    QUrl ngrokApi{QStringLiteral("http://127.0.0.1:4040/api/tunnels")}; ///< tunnel detection

    /// Fills `variables` and `overrides` from a call's variables, where `override_<field>`
    /// names set an override (bridge/CallTypes.h DialRequest).
    void setCallVariables(const QMap<QString, QString> &callVariables);
};

/// The pre-flight check (issue 7 §4): every reason a call would fail, found before the call
/// (the checklists of seeds 000 and 001 made automatic). Calls the real APIs with the
/// candidate credentials: Twilio account, numbers and caller IDs (reference/twilio.md
/// §3.5, trial accounts §1.10), ElevenLabs key, quota, agent and signed URL
/// (elevenlabs.md §1.3, §4, §6, §7), and a self-request to the public URL with a nonce only
/// this process can answer (GET /health?nonce=, Config.h).
///
/// Asynchronous; finished() comes once per run(), with the lines in a fixed order. Use it on
/// one thread (the one owning `nam`; the bridge thread in the app). Never logs secrets.
class Preflight : public QObject
{
    Q_OBJECT
public:
    explicit Preflight(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Preflight() override;

    /// Starts the checks. A run already under way is abandoned (its answers are ignored).
    void run(const Request &request);

    /// True when no line failed.
    static bool passed(const QList<CheckLine> &lines);
    /// How many lines have `level`.
    static int count(const QList<CheckLine> &lines, Level level);
    /// Plain text, one line per check: "✓ title: detail" / "! …" / "✗ … — fix".
    static QString toText(const QList<CheckLine> &lines);
    static QString symbol(Level level);

signals:
    void finished(const QList<patchline::preflight::CheckLine> &lines);

private:
    struct Run;
    void add(const std::shared_ptr<Run> &run, CheckLine line);
    void done(const std::shared_ptr<Run> &run);
    void checkTwilio(const std::shared_ptr<Run> &run);
    void checkServer(const std::shared_ptr<Run> &run);
    void checkElevenLabs(const std::shared_ptr<Run> &run);
    void checkAgent(const std::shared_ptr<Run> &run);

    QNetworkAccessManager *m_nam;
    std::shared_ptr<Run> m_current;
};

} // namespace patchline::preflight

Q_DECLARE_METATYPE(patchline::preflight::CheckLine)
