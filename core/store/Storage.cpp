#include "store/Storage.h"

#include "audio/CallTimeline.h"
#include "audio/WavFile.h"
#include "settings/Redact.h"
#include "store/CallStore.h"
#include "store/Export.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSaveFile>

#include <span>

namespace patchline::store {

class StorageWorker : public QObject
{
public:
    CallStore store;
    QHash<quint64, std::shared_ptr<audio::WavWriter>> recorders;
    QHash<quint64, std::shared_ptr<QFile>> wireLogs;
};

Storage::Storage(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir),
      m_dbPath(QDir(dataDir).filePath(QStringLiteral("patchline.sqlite")))
{
    QDir().mkpath(dataDir);
    m_thread.setObjectName(QStringLiteral("storage"));
    m_worker = new StorageWorker; // owned by the thread: deleted on finished
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, path = m_dbPath] {
        if (!w->store.open(path))
            emit notice(w->store.errorString());
        else if (w->store.recoveredCalls() > 0)
            emit notice(tr("%n call(s) were left open when Patchline last stopped; they are now "
                           "marked interrupted, with recording and transcript kept",
                           nullptr, w->store.recoveredCalls()));
    });
}

Storage::~Storage()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->recorders.clear();
            w->store.close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Storage::writeFile(const QString &path, const QByteArray &bytes, QObject *context,
                        std::function<void(const QString &)> done)
{
    QMetaObject::invokeMethod(m_worker, [path, bytes, context = QPointer<QObject>(context), done] {
        QSaveFile f(path);
        QString error;
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            error = tr("cannot write %1: %2").arg(path, f.errorString());
        if (context)
            QMetaObject::invokeMethod(context, [done, error] { done(error); });
    });
}

void Storage::pruneRecordings(int days)
{
    if (days <= 0)
        return;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, days] {
        const int n = w->store.pruneRecordings(days);
        if (n > 0)
            emit notice(
                tr("%n recording(s) older than %1 days deleted (Settings → Recording)", nullptr, n)
                    .arg(days));
    });
}

void Storage::saveCall(const bridge::CallSnapshot &s)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, s] { w->store.saveCall(s); });
}

void Storage::addTranscript(quint64 callId, const bridge::TranscriptLine &line)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, callId, line] { w->store.addTranscript(callId, line); });
}

void Storage::savePostCall(const elevenlabs::PostCallData &data)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, data] { w->store.savePostCall(data); });
}

void Storage::addEvents(quint64 callId, const QList<bridge::CallEvent> &events)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, callId, events] { w->store.addEvents(callId, events); });
}

void Storage::queryHistory(
    const HistoryFilter &filter, QObject *context,
    std::function<void(const QList<HistoryRow> &, qint64, const QString &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, filter, ctx, done = std::move(done)] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QList<HistoryRow> rows = w->store.history(filter, &error);
        const qint64 us = timer.nsecsElapsed() / 1000;
        if (ctx)
            QMetaObject::invokeMethod(ctx, [done, rows, us, error] { done(rows, us, error); });
    });
}

void Storage::loadRecord(qint64 rowId, QObject *context,
                         std::function<void(const CallRecord &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, rowId, ctx, done = std::move(done)] {
        const CallRecord rec = w->store.record(rowId);
        if (ctx)
            QMetaObject::invokeMethod(ctx, [done, rec] { done(rec); });
    });
}

void Storage::markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, callId, offsetMs, heardMs] {
        w->store.markInterrupted(callId, offsetMs, heardMs);
    });
}

QString Storage::recordingPathFor(const QString &name) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("recordings/%1/%2.wav")
                                        .arg(QDate::currentDate().toString(Qt::ISODate), name));
}

void Storage::openRecording(quint64 callId, const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, callId, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto writer = std::make_shared<audio::WavWriter>();
        if (!writer->open(path, audio::CallTimeline::kSampleRate, 2)) {
            emit notice(writer->errorString());
            return;
        }
        w->recorders.insert(callId, writer);
        auto wire = std::make_shared<QFile>(wireLogPathFor(path));
        if (wire->open(QIODevice::WriteOnly | QIODevice::Append))
            w->wireLogs.insert(callId, wire);
    });
}

void Storage::appendRecording(quint64 callId, const QByteArray &stereoPcm16)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, callId, stereoPcm16] {
        const auto it = w->recorders.constFind(callId);
        if (it == w->recorders.constEnd())
            return;
        (*it)->write({reinterpret_cast<const std::int16_t *>(stereoPcm16.constData()),
                      static_cast<std::size_t>(stereoPcm16.size()) / sizeof(std::int16_t)});
    });
}

void Storage::closeRecording(quint64 callId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, callId] {
        w->recorders.remove(callId);
        w->wireLogs.remove(callId);
    });
}

void Storage::appendWireLog(quint64 callId, const QList<bridge::WireEntry> &entries)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, callId, entries] {
        const auto it = w->wireLogs.constFind(callId);
        if (it == w->wireLogs.constEnd())
            return;
        QByteArray out;
        out.reserve(entries.size() * 96);
        for (const bridge::WireEntry &e : entries) {
            out += wireJsonLine(e); // redacts its free-form fields
            out += '\n';
        }
        (*it)->write(out);
        (*it)->flush(); // readable by the review pane and a crash survivor
    });
}

void Storage::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace patchline::store
