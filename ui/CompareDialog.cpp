#include "ui/CompareDialog.h"

#include "store/Storage.h"
#include "ui/Colors.h"
#include "ui/Format.h"
#include "ui/HistoryModel.h"
#include "ui/ReviewPane.h"
#include "ui/TranscriptModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QListView>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace patchline::ui {

CompareDialog::CompareDialog(store::Storage *storage, qint64 rowA, qint64 rowB, QWidget *parent)
    : QDialog(parent), m_figures(new QTableWidget(0, 3)), m_linesA(new ReviewTranscriptModel(this)),
      m_linesB(new ReviewTranscriptModel(this))
{
    setWindowTitle(tr("Compare calls"));
    resize(980, 640);
    m_figures->setHorizontalHeaderLabels({tr("Call A"), tr("Call B"), tr("B − A")});
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setObjectName(QStringLiteral("compareFigures"));
    auto *split = new QSplitter(Qt::Horizontal);
    for (ReviewTranscriptModel *m : {m_linesA, m_linesB}) {
        auto *view = new QListView;
        view->setModel(m);
        view->setWordWrap(true);
        view->setUniformItemSizes(false);
        // The same painting as everywhere: what the caller did not hear is struck through.
        view->setItemDelegate(new TranscriptDelegate(view));
        split->addWidget(view);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->addWidget(m_figures, 3);
    v->addWidget(split, 2);
    v->addWidget(buttons);
    storage->loadRecord(rowA, this, [this](const store::CallRecord &r) {
        m_a = r;
        fill();
    });
    storage->loadRecord(rowB, this, [this](const store::CallRecord &r) {
        m_b = r;
        fill();
    });
}

void CompareDialog::fill()
{
    if (++m_loaded < 2)
        return;
    struct Figure
    {
        QString name;
        std::function<QVariant(const store::CallRecord &)> value; ///< number or text
        QString unit;
    };
    const auto metric = [](const char *key) {
        return [key](const store::CallRecord &r) -> QVariant {
            const qint64 v = r.metrics.value(QLatin1String(key)).toInteger(-1);
            return v >= 0 ? QVariant(v) : QVariant();
        };
    };
    const QList<Figure> figures{
        {tr("Call"), [](const store::CallRecord &r) { return QVariant(r.row.callSid); }, {}},
        {tr("Direction"),
         [](const store::CallRecord &r) { return QVariant(Format::direction(r.row.direction)); },
         {}},
        {tr("Started"),
         [](const store::CallRecord &r) {
             return QVariant(QLocale().toString(r.row.startedAt, QLocale::ShortFormat));
         },
         {}},
        {tr("Agent"),
         [this](const store::CallRecord &r) {
             return QVariant(m_agentNames.value(r.row.agentId, r.row.agentId));
         },
         {}},
        {tr("Outcome"),
         [](const store::CallRecord &r) { return QVariant(HistoryModel::outcomeText(r.row)); },
         {}},
        {tr("Duration"),
         [](const store::CallRecord &r) { return QVariant(r.row.durationMs / 1000.0); }, tr(" s")},
        {tr("Turns"), metric("turns"), {}},
        {tr("Turn latency p50"), metric("turnLatencyP50Ms"), tr(" ms")},
        {tr("Turn latency p90"), metric("turnLatencyP90Ms"), tr(" ms")},
        {tr("Barge-ins"), metric("bargeIns"), {}},
        {tr("Last time-to-yield"), metric("lastTimeToYieldMs"), tr(" ms")},
        {tr("Alarms"),
         [](const store::CallRecord &r) {
             return QVariant(Format::alarmList(Format::alarms(r.events)));
         },
         {}},
        {tr("Agent audio dropped (chunks)"), metric("agentChunksDropped"), {}},
        {tr("ElevenLabs cost (credits)"),
         [](const store::CallRecord &r) {
             return r.row.cost >= 0 ? QVariant(qint64(std::llround(r.row.cost))) : QVariant();
         },
         {}},
    };
    m_figures->setRowCount(int(figures.size()));
    const auto show = [](const QVariant &v, const QString &unit) {
        if (!v.isValid())
            return QStringLiteral("–");
        if (v.typeId() == QMetaType::Double)
            return QLocale().toString(v.toDouble(), 'f', 1) + unit;
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            return QLocale().toString(v.toLongLong()) + unit;
        return v.toString();
    };
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        const QVariant a = f.value(m_a), b = f.value(m_b);
        m_figures->setVerticalHeaderItem(i, new QTableWidgetItem(f.name));
        m_figures->setItem(i, 0, new QTableWidgetItem(show(a, f.unit)));
        m_figures->setItem(i, 1, new QTableWidgetItem(show(b, f.unit)));
        const bool numeric = a.isValid() && b.isValid() && a.typeId() != QMetaType::QString &&
                             b.typeId() != QMetaType::QString;
        QString diff;
        if (numeric) {
            const int decimals = a.typeId() == QMetaType::Double ? 1 : 0;
            double d = b.toDouble() - a.toDouble();
            if (std::abs(d) < 0.5 * std::pow(10.0, -decimals))
                d = 0.0; // no "-0.0 s"
            diff = (d > 0 ? QStringLiteral("+") : QString()) +
                   QLocale().toString(d, 'f', decimals) + f.unit;
        }
        auto *diffItem = new QTableWidgetItem(diff);
        for (int c = 0; c < 3; ++c)
            if (QTableWidgetItem *it = c == 2 ? diffItem : m_figures->item(i, c))
                it->setTextAlignment(numeric ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter));
        // Differences stand out (issue 18: Compare did not mark them); the call ids (row 0)
        // and start times (row 2) always differ and are not marked.
        const bool differs = i != 0 && i != 2 && show(a, f.unit) != show(b, f.unit);
        if (differs) {
            QFont bold = diffItem->font();
            bold.setBold(true);
            diffItem->setFont(bold);
            for (int c = 0; c < 2; ++c)
                m_figures->item(i, c)->setBackground(Colors::differs(palette()));
            if (diff.isEmpty())
                diffItem->setText(tr("differs"));
        }
        m_figures->setItem(i, 2, diffItem);
    }
    m_linesA->setLines(m_a.transcript);
    m_linesB->setLines(m_b.transcript);
    // Line by line per side: the n-th agent line of A against the n-th of B (and the same
    // for the caller), ignoring case and punctuation.
    const auto norm = [](QString t) {
        t = t.toLower();
        t.remove(QRegularExpression(QStringLiteral("[^\\w\\s]")));
        return t.simplified();
    };
    QSet<int> diffA, diffB;
    for (const auto role :
         {bridge::TranscriptLine::Role::Caller, bridge::TranscriptLine::Role::Agent}) {
        QList<int> ra, rb;
        for (int r = 0; r < m_a.transcript.size(); ++r)
            if (m_a.transcript.at(r).role == role)
                ra << r;
        for (int r = 0; r < m_b.transcript.size(); ++r)
            if (m_b.transcript.at(r).role == role)
                rb << r;
        for (qsizetype k = 0; k < std::max(ra.size(), rb.size()); ++k) {
            const bool same =
                k < ra.size() && k < rb.size() &&
                norm(m_a.transcript.at(ra.at(k)).text) == norm(m_b.transcript.at(rb.at(k)).text);
            if (same)
                continue;
            if (k < ra.size())
                diffA << ra.at(k);
            if (k < rb.size())
                diffB << rb.at(k);
        }
    }
    m_linesA->setDifferent(diffA);
    m_linesB->setDifferent(diffB);
    emit loaded();
}

} // namespace patchline::ui
