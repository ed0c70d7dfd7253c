#pragma once

#include "elevenlabs/RestClient.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace patchline::engine {
class Engine;
}

namespace patchline::ui {

/// ElevenLabs' own conversation records of one agent (reference/elevenlabs.md §7.4): one row
/// per conversation, newest first. Columns: start, duration, status, success, title.
/// GUI thread only.
class ConversationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, Duration, Status, Success, Title, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1 };

    explicit ConversationListModel(QObject *parent = nullptr);
    void setConversations(const QList<elevenlabs::ConversationSummary> &list);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<elevenlabs::ConversationSummary> m_rows;
};

/// "Conversations" of an agent: the list from the ElevenLabs API, the selected record's
/// transcript, termination reason and cost, and "Save audio…" (downloaded by the Engine,
/// written on the storage thread). Talks to the Engine only; never touches sockets.
class ConversationsDialog : public QDialog
{
    Q_OBJECT
public:
    ConversationsDialog(engine::Engine *engine, const QString &agentId, QWidget *parent = nullptr);

    ConversationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected conversation's record as shown (tests).
    QString detailsText() const;
    QString statusText() const;
    /// Downloads the selected conversation's audio to `path` (Save audio… without the
    /// file dialog; tests).
    void saveAudioTo(const QString &path);

signals:
    void audioSaved(const QString &path, const QString &error);

private:
    void refresh();
    QString selectedId() const;

    engine::Engine *m_engine;
    QString m_agentId;
    ConversationListModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace patchline::ui
