#pragma once

#include "store/History.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace patchline::store {
class Storage;
}

namespace patchline::ui {

class ReviewTranscriptModel;

/// Two recorded calls side by side (issue 8 §6), the start of regression review: the
/// figures (duration, turns, turn latency p50/p90, barge-ins, time-to-yield, alarms,
/// outcome, cost) with the difference B − A, and both transcripts. Loads both records
/// through store::Storage. GUI thread only.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(store::Storage *storage, qint64 rowA, qint64 rowB, QWidget *parent = nullptr);

    QTableWidget *figures() const { return m_figures; }
    /// Agent names by id for the Agent row; set before the records arrive.
    void setAgentNames(const QHash<QString, QString> &names) { m_agentNames = names; }
    bool isLoaded() const { return m_loaded == 2; }

signals:
    void loaded();

private:
    void fill();

    store::CallRecord m_a, m_b;
    QHash<QString, QString> m_agentNames;
    int m_loaded = 0;
    QTableWidget *m_figures;
    ReviewTranscriptModel *m_linesA;
    ReviewTranscriptModel *m_linesB;
};

} // namespace patchline::ui
