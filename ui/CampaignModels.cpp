#include "ui/CampaignModels.h"

#include "engine/CampaignRunner.h"
#include "ui/Colors.h"
#include "ui/Format.h"

#include <QApplication>
#include <QPalette>
#include <QSet>

namespace patchline::ui {

using campaign::CampaignRow;
using campaign::Recipient;

CampaignPreviewModel::CampaignPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignPreviewModel::setCsv(const QByteArray &bytes, const QStringList &requiredVariables)
{
    m_required = requiredVariables;
    parse(bytes);
}

void CampaignPreviewModel::setRequiredVariables(const QStringList &requiredVariables)
{
    m_required = requiredVariables;
    parse(m_bytes);
}

void CampaignPreviewModel::parse(const QByteArray &bytes)
{
    beginResetModel();
    m_bytes = bytes;
    m_csv = campaign::parseCampaignCsv(bytes, m_required);
    endResetModel();
    emit reparsed();
}

int CampaignPreviewModel::removeInvalidRows()
{
    QList<QStringList> records = m_csv.records;
    int removed = 0;
    // From the bottom, so the spreadsheet row numbers of the rest stay valid while we cut.
    for (qsizetype i = m_csv.recipients.size() - 1; i >= 0; --i) {
        const Recipient &r = m_csv.recipients.at(i);
        if (!r.valid && r.row - 1 < records.size()) {
            records.removeAt(r.row - 1);
            ++removed;
        }
    }
    if (removed)
        parse(campaign::writeCsv(records, m_csv.delimiter));
    return removed;
}

QStringList CampaignPreviewModel::fileProblems() const
{
    QSet<int> recipientRows;
    for (const Recipient &r : m_csv.recipients)
        recipientRows.insert(r.row);
    QStringList out;
    for (const campaign::CsvIssue &i : m_csv.issues)
        if (!recipientRows.contains(i.row))
            out.append(i.row ? tr("Row %1: %2").arg(i.row).arg(i.message) : i.message);
    return out;
}

QStringList CampaignPreviewModel::rowIssues(int recipient, const QString &column) const
{
    QStringList out;
    const int row = m_csv.recipients.at(recipient).row;
    for (const campaign::CsvIssue &i : m_csv.issues)
        if (i.row == row && (column.isEmpty() || i.column == column || i.column.isEmpty()))
            out.append(i.message);
    return out;
}

int CampaignPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_csv.recipients.size());
}

int CampaignPreviewModel::columnCount(const QModelIndex &parent) const
{
    // Row, the file's columns, country, type, problems.
    return parent.isValid() ? 0 : fileColumns() + 4;
}

QVariant CampaignPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Row");
    if (section - 1 < fileColumns())
        return m_csv.columns.at(section - 1);
    switch (section - 1 - fileColumns()) {
    case 0:
        return tr("Country");
    case 1:
        return tr("Type");
    case 2:
        return tr("Problems");
    }
    return {};
}

Qt::ItemFlags CampaignPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= 1 && index.column() <= fileColumns())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CampaignPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_csv.recipients.size())
        return {};
    const Recipient &r = m_csv.recipients.at(index.row());
    const int c = index.column();
    const bool fileColumn = c >= 1 && c <= fileColumns();
    const QString column = fileColumn ? m_csv.columns.at(c - 1) : QString();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (c == 0)
            return r.row;
        if (fileColumn) {
            const QStringList record = m_csv.records.value(r.row - 1);
            return record.value(c - 1);
        }
        switch (c - 1 - fileColumns()) {
        case 0:
            return r.info.country;
        case 1:
            return r.info.type;
        case 2:
            return rowIssues(index.row()).join(u' ');
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const QStringList issues =
            fileColumn ? rowIssues(index.row(), column) : rowIssues(index.row());
        // Cells and messages quote the file: shown as plain text, never as rich text.
        if (!issues.isEmpty())
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(issues.join(u'\n').toHtmlEscaped());
        if (c - 1 - fileColumns() == 0 && !r.phoneNumber.isEmpty())
            return r.info.formatted;
        return {};
    }
    if (role == Qt::ForegroundRole && !r.valid) {
        // The cells a problem names, and the Problems column, in the alarm colour.
        const bool named =
            fileColumn ? !rowIssues(index.row(), column).isEmpty() : c - 1 - fileColumns() == 2;
        if (named)
            return Colors::bargeIn(QApplication::palette());
    }
    if (role == Qt::TextAlignmentRole && c == 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool CampaignPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Recipient &r = m_csv.recipients.at(index.row());
    QList<QStringList> records = m_csv.records;
    if (r.row - 1 >= records.size())
        return false;
    QStringList &record = records[r.row - 1];
    while (record.size() < fileColumns())
        record.append(QString());
    const QString text = value.toString();
    if (record.at(index.column() - 1) == text)
        return false;
    record[index.column() - 1] = text;
    parse(campaign::writeCsv(records, m_csv.delimiter));
    return true;
}

CampaignRowModel::CampaignRowModel(engine::CampaignRunner *runner, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner)
{
    const auto sync = [this] {
        const int n = m_runner ? int(m_runner->rows().size()) : 0;
        if (n != m_rows) {
            beginResetModel();
            m_rows = n;
            endResetModel();
        }
    };
    connect(runner, &engine::CampaignRunner::started, this, sync);
    connect(runner, &engine::CampaignRunner::rowChanged, this, [this, sync](int i) {
        sync();
        if (i >= 0 && i < m_rows)
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        // A row just finished: its analysis comes soon after. One read of all rows' analysis
        // every 3 s at most, not one per row (10,000 rows would make that quadratic).
        if (m_runner && i >= 0 && i < m_rows && campaign::isFinal(m_runner->rows().at(i).status) &&
            !m_refresh.isActive())
            m_refresh.start();
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(3000);
    connect(&m_refresh, &QTimer::timeout, this, &CampaignRowModel::refreshAnalysis);
    sync();
}

void CampaignRowModel::refreshAnalysis()
{
    if (!m_runner)
        return;
    m_runner->loadAnalysis(this, [this](const QHash<QString, campaign::CallAnalysis> &a) {
        m_analysis = a;
        if (m_rows > 0)
            emit dataChanged(index(0, Success), index(m_rows - 1, Data));
    });
}

int CampaignRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CampaignRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignRowModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        return tr("Row");
    case Phone:
        return tr("Number");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case CallSid:
        return tr("CallSid");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    case Success:
        return tr("Success");
    case Data:
        return tr("Data collected");
    case Error:
        return tr("Error");
    }
    return {};
}

QVariant CampaignRowModel::data(const QModelIndex &index, int role) const
{
    if (!m_runner || !index.isValid() || index.row() >= m_rows ||
        index.row() >= m_runner->rows().size())
        return {};
    const CampaignRow &r = m_runner->rows().at(index.row());
    const campaign::CallAnalysis a = m_analysis.value(r.conversationId);
    if (role == CallSidRole)
        return r.callSid;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Row || index.column() == Attempts || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status &&
        r.status == campaign::RowStatus::Failed)
        return Colors::bargeIn(QApplication::palette());
    if (role == Qt::ToolTipRole && index.column() == Data && !a.data.isEmpty()) {
        QStringList lines;
        for (const auto &[k, v] : a.data)
            lines.append(k + QStringLiteral(": ") + v);
        // Collected values are what the callee said: plain text, never rich text.
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
            .arg(lines.join(u'\n').toHtmlEscaped());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Row:
        return r.row;
    case Phone:
        return r.phone;
    case Status:
        if (r.status == campaign::RowStatus::Retrying)
            return tr("retrying at %1")
                .arg(QDateTime::fromMSecsSinceEpoch(r.nextAtMs).toString(u"HH:mm:ss"));
        return campaign::statusText(r.status);
    case Attempts:
        return r.attempts;
    case CallSid:
        return r.callSid;
    case Duration:
        // Busy and unanswered calls have no length worth a column of 0:00.
        return r.durationSecs <= 0 ? QString()
                                   : bridge::formatDuration(qint64(r.durationSecs) * 1000);
    case Outcome:
        return Format::twilioStatus(r.outcome);
    case Success:
        // ElevenLabs' call_successful (reference/elevenlabs.md §7.4), in the console's words.
        if (a.callSuccessful == u"success")
            return tr("success");
        if (a.callSuccessful == u"failure")
            return tr("failure");
        if (a.callSuccessful == u"unknown")
            return tr("unknown");
        return a.callSuccessful;
    case Data: {
        QStringList parts;
        for (const auto &[k, v] : a.data)
            parts.append(k + u'=' + v);
        return parts.join(QStringLiteral(", "));
    }
    case Error:
        return r.error;
    }
    return {};
}

} // namespace patchline::ui
