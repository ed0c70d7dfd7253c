#include "ui/WireInspector.h"

#include "settings/Redact.h"
#include "store/Export.h"
#include "ui/CallListModel.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace patchline::ui {

WireModel::WireModel(CallListModel *calls, QObject *parent)
    : QAbstractTableModel(parent), m_calls(calls)
{
    connect(calls, &CallListModel::wireAppended, this, &WireModel::onAppended);
}

void WireModel::setCall(quint64 callId)
{
    beginResetModel();
    m_callId = callId;
    const CallEntry *e = m_calls->entry(callId);
    m_rows = e ? int(e->wire.size()) : 0;
    endResetModel();
}

void WireModel::onAppended(quint64 callId, int, int dropped)
{
    if (callId != m_callId)
        return;
    const CallEntry *e = m_calls->entry(callId);
    if (!e)
        return;
    const int removed = std::min(dropped, m_rows);
    if (removed > 0) {
        beginRemoveRows({}, 0, removed - 1);
        m_rows -= removed;
        endRemoveRows();
    }
    const int total = int(e->wire.size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

int WireModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WireModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WireModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallEntry *e = m_calls->entry(m_callId);
    if (!e || size_t(index.row()) >= e->wire.size())
        return {};
    const WireRow &r = e->wire[size_t(index.row())];
    const bridge::WireEntry &w = r.entry;
    switch (role) {
    case GapRole:
        return r.gap();
    case AgentSideRole:
        return w.agentSide;
    case TypeRole:
        return w.type;
    case JsonLineRole:
        return QString::fromUtf8(store::wireJsonLine(w));
    case Qt::BackgroundRole:
        return r.gap() ? QVariant(QBrush(QColor(255, 205, 205))) : QVariant();
    case Qt::ToolTipRole:
        return r.gap() ? tr("Sequence gap: Twilio sent %1 after %2 (messages lost or reordered)")
                             .arg(w.seq)
                             .arg(r.expectedSeq - 1)
                       : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Bytes || index.column() == Seq || index.column() == EventId
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return QStringLiteral("%1.%2")
            .arg(w.atMs / 1000, 4, 10, QLatin1Char(' '))
            .arg(w.atMs % 1000, 3, 10, QLatin1Char('0'));
    case Side:
        return w.agentSide ? QStringLiteral("ElevenLabs") : QStringLiteral("Twilio");
    case Direction:
        return w.incoming ? QStringLiteral("→ in") : QStringLiteral("← out");
    case Type:
        return w.type;
    case Bytes:
        return w.bytes;
    case Seq:
        return w.seq >= 0 ? (w.chunk >= 0 ? QStringLiteral("%1 / %2").arg(w.seq).arg(w.chunk)
                                          : QString::number(w.seq))
                          : QString();
    case EventId:
        return w.eventId >= 0 ? QString::number(w.eventId) : QString();
    case Detail:
        return settings::redact(w.detail);
    default:
        return {};
    }
}

QVariant WireModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (s)");
    case Side:
        return tr("Side");
    case Direction:
        return tr("Dir");
    case Type:
        return tr("Type");
    case Bytes:
        return tr("Bytes");
    case Seq:
        return tr("Seq / chunk");
    case EventId:
        return tr("event_id");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

void WireFilter::setSide(int side)
{
    m_side = side;
    invalidateFilter();
}

void WireFilter::setHideAudio(bool hide)
{
    m_hideAudio = hide;
    invalidateFilter();
}

void WireFilter::setGapsOnly(bool only)
{
    m_gapsOnly = only;
    invalidateFilter();
}

void WireFilter::setTypeFilter(const QString &text)
{
    m_type = text.trimmed();
    invalidateFilter();
}

bool WireFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const bool agent = i.data(WireModel::AgentSideRole).toBool();
    if ((m_side == 1 && agent) || (m_side == 2 && !agent))
        return false;
    if (m_gapsOnly && !i.data(WireModel::GapRole).toBool())
        return false;
    const QString type = i.data(WireModel::TypeRole).toString();
    // Gaps are in Twilio's media frames: "Gaps only" shows them even with audio hidden.
    if (m_hideAudio && !m_gapsOnly &&
        (type == u"media" || type == u"audio" || type == u"user_audio_chunk"))
        return false;
    return m_type.isEmpty() || type.contains(m_type, Qt::CaseInsensitive);
}

WireInspector::WireInspector(CallListModel *calls, QWidget *parent)
    : QWidget(parent), m_calls(calls), m_model(new WireModel(calls, this)),
      m_filter(new WireFilter(this)), m_table(new QTableView), m_side(new QComboBox),
      m_hideAudio(new QCheckBox(tr("Hide audio frames"))),
      m_gapsOnly(new QCheckBox(tr("Gaps only"))), m_type(new QLineEdit), m_gaps(new QLabel),
      m_detail(new QPlainTextEdit)
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("wireTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // Virtualised: a fixed row height lets the view lay out only what is visible.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(u'0') * 9);
    m_table->setColumnWidth(WireModel::Type, fontMetrics().horizontalAdvance(u'0') * 22);
    // Wide enough for "ElevenLabs" and "← out" (issue 18 #7: "ElevenL…" was cut off).
    m_table->setColumnWidth(WireModel::Side,
                            fontMetrics().horizontalAdvance(QStringLiteral("ElevenLabs")) + 16);
    m_table->setColumnWidth(WireModel::Direction,
                            fontMetrics().horizontalAdvance(QStringLiteral("← out")) + 16);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Wire inspector"));
    m_side->addItems({tr("Both sides"), QStringLiteral("Twilio"), QStringLiteral("ElevenLabs")});
    m_side->setAccessibleName(tr("Side"));
    m_type->setPlaceholderText(tr("Type contains…"));
    m_type->setClearButtonEnabled(true);
    m_type->setMinimumWidth(fontMetrics().horizontalAdvance(u'0') * 18);
    // Audio frames are 50 a second each way: hidden unless asked for (issue 18 #7).
    m_hideAudio->setChecked(true);
    m_filter->setHideAudio(true);
    // The selected message in full: every field the bridge keeps, as JSON (payloads are
    // never kept), so a double click or Enter shows what the row abbreviates.
    m_detail->setObjectName(QStringLiteral("wireDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a message to see all its fields."));
    m_detail->setAccessibleName(tr("Message detail"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        showDetail(i);
        m_detail->setFocus();
    });
    auto *copy = new QPushButton(tr("Copy as JSON lines"));
    copy->setToolTip(tr("Copy the selected messages (all shown when none is selected) as JSON "
                        "lines, secrets redacted (Ctrl+C)"));
    connect(copy, &QPushButton::clicked, this, &WireInspector::copySelection);
    auto *copyKey =
        new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, &WireInspector::copySelection);
    connect(m_side, &QComboBox::currentIndexChanged, m_filter, &WireFilter::setSide);
    connect(m_hideAudio, &QCheckBox::toggled, m_filter, &WireFilter::setHideAudio);
    connect(m_gapsOnly, &QCheckBox::toggled, m_filter, &WireFilter::setGapsOnly);
    connect(m_type, &QLineEdit::textChanged, m_filter, &WireFilter::setTypeFilter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_side);
    bar->addWidget(m_hideAudio);
    bar->addWidget(m_gapsOnly);
    bar->addWidget(m_type, 1);
    bar->addWidget(m_gaps);
    bar->addWidget(copy);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addLayout(bar);
    v->addWidget(split, 1);

    // Follow new messages while the operator is at the bottom.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *sb = m_table->verticalScrollBar();
        m_table->setProperty("follow", sb->value() >= sb->maximum() - 2);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->property("follow").toBool())
            m_table->scrollToBottom();
        refreshGaps();
    });
    refreshGaps();
}

void WireInspector::showDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const QJsonDocument doc =
        QJsonDocument::fromJson(index.data(WireModel::JsonLineRole).toString().toUtf8());
    QString text = settings::redact(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    const QString type = index.data(WireModel::TypeRole).toString();
    if (type == u"media" || type == u"audio" || type == u"user_audio_chunk")
        text += tr("\n(audio payloads are not kept: the recording has the sound)");
    const QString gap = index.siblingAtColumn(0).data(Qt::ToolTipRole).toString();
    if (!gap.isEmpty())
        text += u'\n' + gap;
    m_detail->setPlainText(text);
}

QString WireInspector::detailText() const
{
    return m_detail->toPlainText();
}

void WireInspector::setCall(quint64 callId)
{
    m_detail->clear();
    m_model->setCall(callId);
    m_table->scrollToBottom();
    refreshGaps();
}

void WireInspector::refreshGaps()
{
    const CallEntry *e = m_calls->entry(m_model->callId());
    const int gaps = e ? e->seqGaps : 0;
    m_gaps->setText(gaps
                        ? tr("<span style='color:#b3261e'>%n sequence gap(s)</span>", nullptr, gaps)
                        : tr("no sequence gaps"));
}

QString WireInspector::selectedJsonLines() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << m_filter->index(r, 0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString out;
    for (const QModelIndex &i : std::as_const(rows))
        out += i.data(WireModel::JsonLineRole).toString() + u'\n';
    return settings::redact(out);
}

void WireInspector::copySelection()
{
    QApplication::clipboard()->setText(selectedJsonLines());
}

} // namespace patchline::ui
