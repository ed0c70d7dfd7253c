#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace patchline::app {

/// syslog priorities as journald reads them from a `<N>` line prefix (sd-daemon(3)).
enum class LogPriority { Error = 3, Warning = 4, Notice = 5, Info = 6 };

/// True when `fd` is the systemd journal's stream: systemd sets JOURNAL_STREAM to
/// "<device>:<inode>" of the stream it connected stdout/stderr to (systemd.exec(5)), and
/// this compares it with fstat(fd). `journalStream` is that variable's value (empty = unset).
bool isJournalStream(int fd, const QByteArray &journalStream);

/// One log line as it leaves the process (issue 17 §4): every control character (CR, LF,
/// ESC, so no ANSI sequence and no second line) becomes a space, trailing spaces go, and
/// with `journald` the line starts with `<N>` so the journal files it at that priority.
/// Returns UTF-8 without the final newline. Pure.
QByteArray formatLogLine(LogPriority priority, const QString &text, bool journald);

/// A write-only device in front of a file descriptor (stdout, stderr) that writes whole
/// lines through formatLogLine(): a QTextStream on it gets journald-friendly output. The
/// priority applies to the next completed line only (then Info again); multi-line text
/// becomes one log line per line. Not thread-safe: one per thread (the main thread here).
class LogSink : public QIODevice
{
public:
    /// `fd` stays open (not owned). Journald mode when isJournalStream(fd, $JOURNAL_STREAM).
    explicit LogSink(int fd, QObject *parent = nullptr);
    ~LogSink() override;

    /// The priority of the next line written (Info after it).
    void next(LogPriority priority) { m_priority = priority; }
    bool journald() const { return m_journald; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void emitLine(const QByteArray &utf8);

    int m_fd;
    bool m_journald;
    LogPriority m_priority = LogPriority::Info;
    QByteArray m_partial; ///< text after the last newline
};

/// Writes one line to stderr in the same form ("patchline: " is prepended); for the few
/// messages main() prints outside the headless runner, and Qt's messages. Any thread.
void logLine(LogPriority priority, const QString &text);

/// Installs a Qt message handler that writes qDebug/qWarning/… through formatLogLine() to
/// stderr (journald priorities when stderr is the journal). Call before
/// settings::installRedactingMessageHandler(), which then redacts in front of it.
void installLogMessageHandler();

} // namespace patchline::app
