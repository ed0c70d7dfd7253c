#include "ui/ConversationsDialog.h"

#include "engine/Engine.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace patchline::ui {

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConversationListModel::setConversations(const QList<elevenlabs::ConversationSummary> &list)
{
    beginResetModel();
    m_rows = list;
    endResetModel();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const elevenlabs::ConversationSummary &c = m_rows.at(index.row());
    if (role == ConversationIdRole)
        return c.conversationId;
    if (role == Qt::ToolTipRole)
        return c.conversationId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return QDateTime::fromSecsSinceEpoch(c.startUnixSecs)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Duration:
        return QStringLiteral("%1:%2")
            .arg(c.durationSecs / 60)
            .arg(c.durationSecs % 60, 2, 10, QLatin1Char('0'));
    case Status:
        return c.status;
    case Success:
        return c.callSuccessful;
    case Title:
        return c.title;
    default:
        return {};
    }
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case Duration:
        return tr("Duration");
    case Status:
        return tr("Status");
    case Success:
        return tr("Success");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}

ConversationsDialog::ConversationsDialog(engine::Engine *engine, const QString &agentId,
                                         QWidget *parent)
    : QDialog(parent), m_engine(engine), m_agentId(agentId),
      m_model(new ConversationListModel(this)), m_view(new QTableView),
      m_details(new QPlainTextEdit), m_status(new QLabel),
      m_save(new QPushButton(tr("&Save audio…")))
{
    setWindowTitle(tr("Conversations of %1").arg(agentId));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Conversations"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Conversation record"));
    m_status->setWordWrap(true);
    m_save->setEnabled(false);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_status);
    v->addWidget(split, 1);
    v->addLayout(buttons);
    v->addWidget(close);

    connect(refreshButton, &QPushButton::clicked, this, &ConversationsDialog::refresh);
    connect(m_engine, &engine::Engine::conversationsListed, this,
            [this](const QString &agent, const QList<elevenlabs::ConversationSummary> &list,
                   const QString &error) {
                if (agent != m_agentId)
                    return;
                m_model->setConversations(list);
                m_status->setText(error.isEmpty() ? tr("%n conversation(s) (newest first)", nullptr,
                                                       int(list.size()))
                                                  : error);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedId();
        m_save->setEnabled(!id.isEmpty());
        m_details->setPlainText(id.isEmpty() ? QString() : tr("Loading %1…").arg(id));
        if (!id.isEmpty())
            m_engine->requestConversation(id);
    });
    connect(m_engine, &engine::Engine::conversationFetched, this,
            [this](const elevenlabs::ConversationDetails &d, const QString &error) {
                if (d.conversationId != selectedId() && error.isEmpty())
                    return;
                if (!error.isEmpty()) {
                    m_details->setPlainText(error);
                    return;
                }
                QString text = tr("%1 · %2 · %3 s · cost %4")
                                   .arg(d.conversationId, d.status)
                                   .arg(d.durationSecs)
                                   .arg(d.cost);
                if (!d.terminationReason.isEmpty())
                    text += u'\n' + tr("Ended: %1").arg(d.terminationReason);
                if (!d.summary.isEmpty())
                    text += u'\n' + tr("Summary: %1").arg(d.summary);
                text += u'\n';
                for (const elevenlabs::ConversationTurn &t : d.transcript)
                    text += QStringLiteral("\n%1:%2  %3%4  %5")
                                .arg(t.timeInCallSecs / 60)
                                .arg(t.timeInCallSecs % 60, 2, 10, QLatin1Char('0'))
                                .arg(t.role == u"agent" ? tr("Agent") : tr("Caller"),
                                     t.interrupted ? tr(" (interrupted)") : QString(), t.message);
                m_details->setPlainText(text);
                m_save->setEnabled(d.hasAudio);
            });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save conversation audio"),
            QStandardPaths::writableLocation(QStandardPaths::MusicLocation) + u'/' + selectedId(),
            tr("Audio (*.mp3 *.wav)"));
        if (!path.isEmpty())
            saveAudioTo(path);
    });
    connect(m_engine, &engine::Engine::conversationAudioSaved, this,
            [this](const QString &path, const QString &error) {
                m_status->setText(error.isEmpty() ? tr("Audio saved to %1").arg(path) : error);
                m_save->setEnabled(true);
                emit audioSaved(path, error);
            });
    resize(760, 560);
    refresh();
}

QString ConversationsDialog::detailsText() const
{
    return m_details->toPlainText();
}

QString ConversationsDialog::statusText() const
{
    return m_status->text();
}

QString ConversationsDialog::selectedId() const
{
    return m_view->currentIndex().data(ConversationListModel::ConversationIdRole).toString();
}

void ConversationsDialog::refresh()
{
    m_status->setText(tr("Loading conversations…"));
    m_engine->requestConversations(m_agentId);
}

void ConversationsDialog::saveAudioTo(const QString &path)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_save->setEnabled(false);
    m_status->setText(tr("Downloading the audio of %1…").arg(id));
    m_engine->saveConversationAudio(id, path);
}

} // namespace patchline::ui
