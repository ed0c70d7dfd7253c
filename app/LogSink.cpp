#include "app/LogSink.h"

#include <QMutex>

#include <sys/stat.h>
#include <unistd.h>

namespace patchline::app {

bool isJournalStream(int fd, const QByteArray &journalStream)
{
    const qsizetype colon = journalStream.indexOf(':');
    if (colon <= 0)
        return false;
    bool okDev = false, okIno = false;
    const qulonglong dev = journalStream.left(colon).toULongLong(&okDev);
    const qulonglong ino = journalStream.mid(colon + 1).toULongLong(&okIno);
    struct stat st
    {};
    if (!okDev || !okIno || ::fstat(fd, &st) != 0)
        return false;
    return qulonglong(st.st_dev) == dev && qulonglong(st.st_ino) == ino;
}

QByteArray formatLogLine(LogPriority priority, const QString &text, bool journald)
{
    QString line = text;
    for (QChar &c : line)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            c = u' ';
    while (line.endsWith(u' '))
        line.chop(1);
    QByteArray out;
    if (journald)
        out = '<' + QByteArray::number(int(priority)) + '>';
    return out + line.toUtf8();
}

LogSink::LogSink(int fd, QObject *parent)
    : QIODevice(parent), m_fd(fd), m_journald(isJournalStream(fd, qgetenv("JOURNAL_STREAM")))
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

LogSink::~LogSink()
{
    if (!m_partial.isEmpty())
        emitLine(m_partial);
}

qint64 LogSink::writeData(const char *data, qint64 size)
{
    m_partial.append(data, size);
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        emitLine(m_partial.mid(start, nl - start));
        start = nl + 1;
    }
    m_partial.remove(0, start);
    return size;
}

void LogSink::emitLine(const QByteArray &utf8)
{
    QByteArray line = formatLogLine(m_priority, QString::fromUtf8(utf8), m_journald) + '\n';
    m_priority = LogPriority::Info;
    for (qsizetype done = 0; done < line.size();) {
        const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
        if (n <= 0)
            return; // stdout gone (a closed pipe): nothing to report it to
        done += n;
    }
}

void logLine(LogPriority priority, const QString &text)
{
    static QMutex mutex; // Qt messages come from every thread
    static LogSink sink(STDERR_FILENO);
    QMutexLocker lock(&mutex);
    sink.next(priority);
    sink.write(QStringLiteral("patchline: %1\n").arg(text).toUtf8());
}

namespace {
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    LogPriority p = LogPriority::Info;
    switch (type) {
    case QtCriticalMsg:
    case QtFatalMsg:
        p = LogPriority::Error;
        break;
    case QtWarningMsg:
        p = LogPriority::Warning;
        break;
    default:
        break;
    }
    logLine(p, category == u"default" ? msg : category + QStringLiteral(": ") + msg);
}
} // namespace

void installLogMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

} // namespace patchline::app
