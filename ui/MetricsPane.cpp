#include "ui/MetricsPane.h"

#include "ui/CallListModel.h"
#include "ui/EmptyHint.h"

#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>

namespace patchline::ui {

namespace {
QString kb(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
QString ms(qint64 v)
{
    return v < 0 ? QStringLiteral("–") : CallMetricsModel::tr("%1 ms").arg(QLocale().toString(v));
}
} // namespace

CallMetricsModel::CallMetricsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CallMetricsModel::setEntry(const CallEntry *entry)
{
    beginResetModel();
    m_entry = entry;
    m_rows = build();
    endResetModel();
}

std::vector<CallMetricsModel::Row> CallMetricsModel::build() const
{
    std::vector<Row> rows;
    if (!m_entry)
        return rows;
    const bridge::CallSnapshot &s = m_entry->snapshot;
    const auto heading = [&](const QString &title) {
        rows.push_back({QStringLiteral("h-") + title, title, {}, {}, true});
    };
    const auto row = [&](const char *key, const QString &metric, const QString &value,
                         const QString &tip = {}) {
        rows.push_back({QString::fromLatin1(key), metric, value, tip, false});
    };

    heading(tr("Response latency"));
    row("turn-latency", tr("Last turn"), ms(s.turnLatencyLastMs),
        tr("Caller stopped speaking → first agent audio sent to Twilio, measured at the bridge"));
    row("turn-p50-p90", tr("p50 / p90"),
        s.turns == 0 ? tr("no turn yet")
                     : tr("%1 / %2 over %n turn(s)", nullptr, s.turns)
                           .arg(ms(s.turnLatencyP50Ms), ms(s.turnLatencyP90Ms)));
    heading(tr("Barge-in"));
    row("barge-ins", tr("Barge-ins"), QLocale().toString(s.bargeIns));
    row("time-to-yield", tr("Last time-to-yield"), ms(s.lastTimeToYieldMs),
        tr("Caller speech onset → `clear` sent to Twilio"));
    heading(tr("Agent"));
    row("agent-ping", tr("Agent ping_ms"), ms(s.agentPingMs),
        tr("Round trip the agent reports in its pings"));
    row("agent-formats", tr("Audio formats in / out"),
        s.agentFormats.isEmpty() ? tr("agent connecting") : s.agentFormats);
    heading(tr("Caller → agent"));
    row("in-frames", tr("Frames, audio"),
        tr("%1 frames · %2").arg(QLocale().toString(s.callerFrames), kb(s.callerAudioBytes)) +
            (s.callerFramesDropped > 0
                 ? tr(" · %1 dropped (not one 20 ms frame, or faster than real time)")
                       .arg(s.callerFramesDropped)
                 : QString()));
    row("in-jitter", tr("Frame jitter p99"),
        tr("%1 ms").arg(QLocale().toString(s.inboundJitterP99Ms, 'f', 1)),
        tr("How far Twilio's 20 ms frames arrive from their schedule"));
    row("in-wire", tr("On the wire"),
        tr("%1 from Twilio · %2 to the agent").arg(kb(s.twilioBytesIn), kb(s.agentBytesOut)));
    heading(tr("Agent → caller"));
    row("out-chunks", tr("Chunks, audio"),
        tr("%1 chunks · %2 · %3 dropped after barge-ins")
                .arg(QLocale().toString(s.agentChunks), kb(s.agentAudioBytes))
                .arg(s.agentChunksDropped) +
            (s.agentChunksMuted > 0 ? tr(" · %1 withheld (muted)").arg(s.agentChunksMuted)
                                    : QString()));
    row("out-lead", tr("Pacing: queued at Twilio"),
        tr("%1 now · %2 at most").arg(ms(s.outboundLeadMs), ms(s.outboundLeadMaxMs)),
        tr("Agent audio sent ahead of what the caller has heard (what a clear cuts)"));
    row("out-underruns", tr("Pacing: underruns"),
        s.outboundUnderruns == 0
            ? tr("none")
            : tr("%n gap(s) mid-reply, %1 in all", nullptr, s.outboundUnderruns)
                  .arg(ms(s.outboundUnderrunMs)),
        tr("Agent audio that arrived after the audio before it had played out: the caller "
           "heard a gap inside a reply"));
    row("out-marks", tr("Marks echoed"), tr("%1 of %2").arg(s.marksEchoed).arg(s.marksSent));
    row("out-wire", tr("On the wire"),
        tr("%1 from the agent · %2 to Twilio").arg(kb(s.agentBytesIn), kb(s.twilioBytesOut)));

    // One row per turn and barge-in, in call order: these only ever grow.
    heading(tr("Turns and barge-ins"));
    int turn = 0, barge = 0;
    for (const bridge::CallEvent &e : m_entry->events) {
        if (e.kind == u"turn") {
            ++turn;
            rows.push_back({QStringLiteral("turn-%1").arg(turn),
                            tr("Turn %1 at %2").arg(turn).arg(formatOffset(e.offsetMs)),
                            tr("answered after %1").arg(ms(e.latencyMs)), e.text, false});
        } else if (e.kind == u"barge-in") {
            ++barge;
            QString v = tr("time-to-yield %1").arg(ms(e.yieldMs));
            if (e.heardMs >= 0 && e.sentMs > 0)
                v += tr(" · heard %1 of %2 s")
                         .arg(QLocale().toString(double(e.heardMs) / 1000.0, 'f', 1),
                              QLocale().toString(double(e.sentMs) / 1000.0, 'f', 1));
            rows.push_back({QStringLiteral("barge-in-%1").arg(barge),
                            tr("Barge-in %1 at %2").arg(barge).arg(formatOffset(e.offsetMs)), v,
                            e.text, false});
        }
    }
    return rows;
}

QStringList CallMetricsModel::metricNames()
{
    CallMetricsModel model;
    const CallEntry none;
    model.setEntry(&none);
    QStringList names;
    for (const Row &r : model.m_rows)
        names << r.metric;
    return names;
}

void CallMetricsModel::refresh()
{
    std::vector<Row> next = build();
    const size_t old = m_rows.size();
    bool samePrefix = next.size() >= old;
    for (size_t i = 0; samePrefix && i < old; ++i)
        samePrefix = next[i].key == m_rows[i].key;
    if (!samePrefix) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    int first = -1, last = -1;
    for (size_t i = 0; i < old; ++i) {
        if (next[i].value != m_rows[i].value || next[i].metric != m_rows[i].metric) {
            m_rows[i] = std::move(next[i]);
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (next.size() > old) {
        beginInsertRows({}, int(old), int(next.size()) - 1);
        for (size_t i = old; i < next.size(); ++i)
            m_rows.push_back(std::move(next[i]));
        endInsertRows();
    }
}

QString CallMetricsModel::value(const QString &key) const
{
    for (const Row &r : m_rows)
        if (r.key == key)
            return r.value;
    return {};
}

int CallMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Metric ? r.metric : r.value;
    case Qt::ToolTipRole:
        return r.tip.isEmpty() ? QVariant() : QVariant(r.tip);
    case Qt::FontRole:
        if (r.heading) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case KeyRole:
        return r.key;
    default:
        return {};
    }
}

QVariant CallMetricsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Metric ? tr("Metric") : tr("Value");
}

MetricsPane::MetricsPane(QWidget *parent)
    : QWidget(parent), m_model(new CallMetricsModel(this)), m_view(new QTableView)
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the longest metric name in the running language.
    {
        int widest = 165;
        for (const QString &name : CallMetricsModel::metricNames())
            widest = std::max(widest, fontMetrics().horizontalAdvance(name) + 24);
        m_view->horizontalHeader()->resizeSection(CallMetricsModel::Metric, widest);
    }
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Call metrics"));
    EmptyHint::install(m_view, tr("Select a call to see its latency, barge-ins, audio and "
                                  "pacing figures."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void MetricsPane::setEntry(const CallEntry *entry)
{
    m_model->setEntry(entry);
}

void MetricsPane::refresh()
{
    m_model->refresh();
}

} // namespace patchline::ui
