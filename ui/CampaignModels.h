#pragma once

#include "campaign/CampaignCsv.h"
#include "campaign/CampaignExport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace patchline::engine {
class CampaignRunner;
}

namespace patchline::ui {

/// The campaign CSV's preview (issue 19 §1): one line per recipient row, the file's columns
/// (editable: inline fixing), then country, number type and the row's problems. Every edit
/// writes the file back (campaign::writeCsv) and parses it again, so the preview always shows
/// what the parser will dial. Invalid rows are marked; their problems are in the last column
/// and in the tooltips of the cells they name. GUI thread.
class CampaignPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CampaignPreviewModel(QObject *parent = nullptr);

    /// Parses `bytes` with the agent's required dynamic variables.
    void setCsv(const QByteArray &bytes, const QStringList &requiredVariables = {});
    /// Parses the current file again with other required variables (another agent chosen).
    void setRequiredVariables(const QStringList &requiredVariables);
    const campaign::CampaignCsv &csv() const { return m_csv; }
    /// The file as it stands after the edits (what a campaign stores and hashes).
    QByteArray bytes() const { return m_bytes; }
    /// Drops every invalid recipient row; returns how many.
    int removeInvalidRows();
    /// Problems that concern the whole file (no row), in words.
    QStringList fileProblems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The file was parsed again (after setCsv or an edit).
    void reparsed();

private:
    void parse(const QByteArray &bytes);
    int fileColumns() const { return int(m_csv.columns.size()); }
    QStringList rowIssues(int recipient, const QString &column = {}) const;

    QByteArray m_bytes;
    QStringList m_required;
    campaign::CampaignCsv m_csv;
};

/// A running campaign's rows (issue 19 §1): row, number, status, attempts, CallSid, duration,
/// outcome, ElevenLabs' verdict and collected data, error. Follows the runner's rowChanged();
/// refreshAnalysis() reads the stored post-call analysis (asynchronously). GUI thread.
class CampaignRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Row,
        Phone,
        Status,
        Attempts,
        CallSid,
        Duration,
        Outcome,
        Success,
        Data,
        Error,
        ColumnCount
    };
    enum Role { CallSidRole = Qt::UserRole + 1 };

    explicit CampaignRowModel(engine::CampaignRunner *runner, QObject *parent = nullptr);
    void refreshAnalysis();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QPointer<engine::CampaignRunner> m_runner;
    int m_rows = 0; ///< rows exposed (the runner's rows once it started)
    QHash<QString, campaign::CallAnalysis> m_analysis;
    QTimer m_refresh; ///< coalesces analysis reads
};

} // namespace patchline::ui
