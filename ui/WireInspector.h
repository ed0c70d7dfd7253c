#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace patchline::ui {

class CallListModel;

/// Every Twilio and ElevenLabs message of one call (issue 4 §2 "wire inspector"): time,
/// side, direction, type, size, Twilio sequenceNumber/chunk, ElevenLabs event_id, detail.
/// Payloads are never kept. Rows whose Twilio sequenceNumber is not the previous + 1 are
/// flagged (GapRole, red). Follows CallListModel's appends. GUI thread only.
class WireModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Side, Direction, Type, Bytes, Seq, EventId, Detail, ColumnCount };
    enum Role { GapRole = Qt::UserRole + 1, AgentSideRole, TypeRole, JsonLineRole };

    explicit WireModel(CallListModel *calls, QObject *parent = nullptr);
    void setCall(quint64 callId);
    quint64 callId() const { return m_callId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    void onAppended(quint64 callId, int added, int dropped);

    CallListModel *m_calls;
    quint64 m_callId = 0;
    int m_rows = 0;
};

/// The inspector's filters: one side, hide audio frames (media, audio, user_audio_chunk;
/// not while "gaps only" is on: gaps are in media frames), only sequence gaps, and a type
/// substring.
class WireFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSide(int side); ///< 0 both, 1 Twilio, 2 ElevenLabs
    void setHideAudio(bool hide);
    void setGapsOnly(bool only);
    void setTypeFilter(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_side = 0;
    bool m_hideAudio = false;
    bool m_gapsOnly = false;
    QString m_type;
};

/// The wire inspector pane: filters (audio frames hidden by default), a detail pane with the
/// current message's fields (Enter / double click focuses it), a virtualised table (fixed row
/// height, so 40,000 rows scroll smoothly), the number of sequence gaps, and Copy (Ctrl+C) of the
/// selected rows as JSON lines, secrets redacted (settings::redact). Follows the newest message
/// while scrolled to the bottom.
class WireInspector : public QWidget
{
    Q_OBJECT
public:
    explicit WireInspector(CallListModel *calls, QWidget *parent = nullptr);
    void setCall(quint64 callId);

    WireModel *model() const { return m_model; }
    WireFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// The selected rows (all shown rows when none is selected) as JSON lines, redacted.
    QString selectedJsonLines() const;
    /// Copies selectedJsonLines() to the clipboard.
    void copySelection();
    /// The detail pane's text: the current message's fields as indented JSON, redacted.
    QString detailText() const;

private:
    void refreshGaps();
    void showDetail(const QModelIndex &index);

    CallListModel *m_calls;
    WireModel *m_model;
    WireFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_side;
    QCheckBox *m_hideAudio;
    QCheckBox *m_gapsOnly;
    QLineEdit *m_type;
    QLabel *m_gaps;
    QPlainTextEdit *m_detail;
};

} // namespace patchline::ui
