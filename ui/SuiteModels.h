#pragma once

#include "suite/SuiteJudge.h"

#include <QAbstractTableModel>

namespace patchline::ui {

/// A suite run's report in the console (issue 19 §2): one row per case with its verdict,
/// the differences that failed it, how much of the agent's wording stayed, and the replay's
/// CallSid. Cases are added as they finish (addCase) or all at once (setRun). GUI thread.
class SuiteReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Case, Verdict, Differences, AgentWords, Replay, ColumnCount };
    enum Role { PassedRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRun(const suite::SuiteRun &run);
    /// Adds or replaces (same caseId) one case's verdict.
    void addCase(const suite::CaseResult &result);
    void clear();
    const suite::CaseResult *result(int row) const;

private:
    QList<suite::CaseResult> m_cases;
};

/// The checks of one case (issue 19 §2): what was compared, the original's and the replay's
/// value, the verdict and why; changed values are marked. GUI thread.
class SuiteChecksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Check, Original, Replay, Verdict, Note, ColumnCount };

    explicit SuiteChecksModel(const suite::CaseResult &result, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    suite::CaseResult m_result;
};

} // namespace patchline::ui
