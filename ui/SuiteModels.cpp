#include "ui/SuiteModels.h"

#include "ui/Colors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace patchline::ui {

namespace {

QString verdictText(suite::Check::Verdict v)
{
    switch (v) {
    case suite::Check::Verdict::Pass:
        return SuiteReportModel::tr("pass");
    case suite::Check::Verdict::Fail:
        return SuiteReportModel::tr("FAIL");
    case suite::Check::Verdict::Info:
        break;
    }
    return SuiteReportModel::tr("shown only");
}

} // namespace

int SuiteReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int SuiteReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const suite::CaseResult &c = m_cases.at(index.row());
    if (role == PassedRole)
        return c.passed;
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return c.passed ? Colors::turn(QApplication::palette())
                        : Colors::bargeIn(QApplication::palette());
    if (role == Qt::FontRole && index.column() == Verdict && !c.passed) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == AgentWords)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Case:
        return role == Qt::ToolTipRole ? QVariant(c.originalCallSid.toHtmlEscaped())
                                       : QVariant(c.originalCallSid);
    case Verdict:
        return c.passed ? tr("passed") : tr("failed");
    case Differences: {
        const QStringList f = c.failures();
        if (role == Qt::ToolTipRole)
            return f.isEmpty() ? QVariant() : QVariant(f.join(u'\n').toHtmlEscaped());
        return f.isEmpty() ? tr("none that the rules count") : f.join(QStringLiteral("; "));
    }
    case AgentWords:
        return c.replayRowId ? QStringLiteral("%1 %").arg(c.agentSimilarityPct, 0, 'f', 0)
                             : QStringLiteral("–");
    case Replay:
        return c.replayCallSid.isEmpty() ? QStringLiteral("–") : c.replayCallSid.toHtmlEscaped();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SuiteReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Case:
        return tr("Case (original call)");
    case Verdict:
        return tr("Verdict");
    case Differences:
        return tr("Differences");
    case AgentWords:
        return tr("Same words");
    case Replay:
        return tr("Replay call");
    case ColumnCount:
        break;
    }
    return {};
}

void SuiteReportModel::setRun(const suite::SuiteRun &run)
{
    beginResetModel();
    m_cases = run.cases;
    endResetModel();
}

void SuiteReportModel::addCase(const suite::CaseResult &result)
{
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases.at(i).caseId == result.caseId && result.caseId != 0) {
            m_cases[i] = result;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    const int row = int(m_cases.size());
    beginInsertRows({}, row, row);
    m_cases.append(result);
    endInsertRows();
}

void SuiteReportModel::clear()
{
    beginResetModel();
    m_cases.clear();
    endResetModel();
}

const suite::CaseResult *SuiteReportModel::result(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

SuiteChecksModel::SuiteChecksModel(const suite::CaseResult &result, QObject *parent)
    : QAbstractTableModel(parent), m_result(result)
{}

int SuiteChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.checks.size());
}

int SuiteChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuiteChecksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.checks.size())
        return {};
    const suite::Check &k = m_result.checks.at(index.row());
    if (role == Qt::BackgroundRole && k.changed &&
        (index.column() == Original || index.column() == Replay))
        return Colors::differs(QApplication::palette());
    if (role == Qt::ForegroundRole && index.column() == Verdict &&
        k.verdict != suite::Check::Verdict::Info)
        return k.verdict == suite::Check::Verdict::Pass ? Colors::turn(QApplication::palette())
                                                        : Colors::bargeIn(QApplication::palette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Values can be what the caller said (data collection): tooltips escape them.
    const auto text = [role](const QString &s) {
        return role == Qt::ToolTipRole ? QVariant(s.toHtmlEscaped()) : QVariant(s);
    };
    switch (Column(index.column())) {
    case Check:
        return text(k.label);
    case Original:
        return text(k.original);
    case Replay:
        return text(k.replay);
    case Verdict:
        return verdictText(k.verdict);
    case Note:
        return role == Qt::ToolTipRole ? QVariant(k.message.toHtmlEscaped()) : QVariant(k.message);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SuiteChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Check:
        return tr("Check");
    case Original:
        return tr("Original");
    case Replay:
        return tr("Replay");
    case Verdict:
        return tr("Verdict");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace patchline::ui
