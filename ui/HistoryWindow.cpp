#include "ui/HistoryWindow.h"

#include "store/CallStore.h"
#include "store/Storage.h"
#include "store/SuiteStore.h"
#include "suite/SuiteJudge.h"
#include "ui/CompareDialog.h"
#include "ui/Format.h"
#include "ui/HistoryModel.h"
#include "ui/ReviewPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace patchline::ui {

HistoryWindow::HistoryWindow(store::Storage *storage, QWidget *parent)
    : QWidget(parent, Qt::Window), m_storage(storage), m_model(new HistoryModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView),
      m_review(new ReviewPane(storage)), m_split(new QSplitter(Qt::Vertical)),
      m_range(new QComboBox), m_agent(new QComboBox), m_direction(new QComboBox),
      m_outcome(new QComboBox), m_fromDate(new QDateEdit), m_toDate(new QDateEdit),
      m_alarms(new QCheckBox(tr("With &alarms"))), m_search(new QLineEdit), m_status(new QLabel),
      m_compareButton(new QPushButton(tr("&Compare"))),
      m_suiteButton(new QPushButton(tr("Add to s&uite…"))), m_debounce(this)
{
    setWindowTitle(tr("Patchline — call history"));
    setObjectName(QStringLiteral("historyWindow"));
    resize(1100, 760);
    m_review->setKeyScope(this); // Space, ←/→ work with focus in the list (issue 18 #5)

    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Between…"), -1); // the two date fields below
    m_range->setAccessibleName(tr("Date range"));
    for (QDateEdit *d : {m_fromDate, m_toDate}) {
        d->setCalendarPopup(true);
        d->setDate(QDate::currentDate());
        d->setVisible(false);
        connect(d, &QDateEdit::dateChanged, this, [this] { m_debounce.start(); });
    }
    m_fromDate->setDate(QDate::currentDate().addDays(-7));
    m_fromDate->setAccessibleName(tr("From date"));
    m_toDate->setAccessibleName(tr("To date"));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() < 0;
        m_fromDate->setVisible(custom);
        m_toDate->setVisible(custom);
    });
    m_agent->setEditable(true);
    m_agent->addItem(QString());
    m_agent->lineEdit()->setPlaceholderText(tr("All agents"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setMinimumContentsLength(18);
    m_direction->addItem(tr("All directions"), QString());
    for (const char *d : {"inbound", "outbound-api", "sandbox", "test", "replay"})
        m_direction->addItem(Format::direction(QString::fromLatin1(d)), QString::fromLatin1(d));
    m_direction->setAccessibleName(tr("Direction"));
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Ended normally"), QStringLiteral("ok"));
    m_outcome->addItem(tr("Failed"), QStringLiteral("failed"));
    m_outcome->addItem(tr("Interrupted (Patchline stopped)"), QStringLiteral("interrupted"));
    m_outcome->addItem(tr("Live"), QStringLiteral("live"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_search->setPlaceholderText(tr("Search transcripts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search transcripts"));
    m_compareButton->setToolTip(tr("Select two calls to compare them (Ctrl+Shift+C)"));
    m_compareButton->setEnabled(false);
    m_suiteButton->setObjectName(QStringLiteral("addToSuite"));
    m_suiteButton->setToolTip(tr("Make the selected calls cases of a regression suite: replayed "
                                 "to an agent later and judged against these originals "
                                 "(Ctrl+Shift+A)"));
    m_suiteButton->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_range);
    filters->addWidget(m_fromDate);
    filters->addWidget(m_toDate);
    filters->addWidget(m_agent);
    filters->addWidget(m_direction);
    filters->addWidget(m_outcome);
    filters->addWidget(m_alarms);
    filters->addStretch();
    // The search box gets a row of its own: readable at 1024 px in every language.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_compareButton);
    searchRow->addWidget(m_suiteButton);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line per call
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Recorded calls"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_review);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);

    auto *v = new QVBoxLayout(this);
    v->addLayout(filters);
    v->addLayout(searchRow);
    v->addWidget(m_status);
    v->addWidget(m_split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250); // while typing: one query per pause, not per key
    connect(&m_debounce, &QTimer::timeout, this, &HistoryWindow::refresh);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_agent, &QComboBox::currentTextChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_range, m_direction, m_outcome})
        connect(c, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_alarms, &QCheckBox::toggled, this, &HistoryWindow::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::onSelection);
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryWindow::compareSelected);
    connect(m_suiteButton, &QPushButton::clicked, this, &HistoryWindow::addSelectedToSuiteAsk);
    const auto key = [this](QKeySequence seq, auto fn) {
        connect(new QShortcut(seq, this), &QShortcut::activated, this, fn);
    };
    key(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    key(QKeySequence::Refresh, [this] { refresh(); });
    // Esc and Ctrl+W close the window, as in any viewer window.
    key(QKeySequence(Qt::Key_Escape), [this] {
        if (m_search->hasFocus() && !m_search->text().isEmpty()) {
            m_search->clear(); // the first Esc clears the search, the next one closes
            return;
        }
        close();
    });
    key(QKeySequence::Close, [this] { close(); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { compareSelected(); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
        if (m_suiteButton->isEnabled())
            addSelectedToSuiteAsk();
    });

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("history/geometry")).toByteArray()) && screen()) {
        // First open: 1100×760, or most of a smaller screen.
        const QRect avail = screen()->availableGeometry();
        resize(std::min(1100, avail.width() * 95 / 100), std::min(760, avail.height() * 90 / 100));
    }
    m_split->restoreState(s.value(QStringLiteral("history/split")).toByteArray());
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_table->setFocus(); // ↑/↓ pick a call, Space plays it
    refresh();           // calls may have ended since it was last open
}

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("history/geometry"), saveGeometry());
    s.setValue(QStringLiteral("history/split"), m_split->saveState());
    QWidget::closeEvent(event);
}

store::HistoryFilter HistoryWindow::filter() const
{
    store::HistoryFilter f;
    const int days = m_range->currentData().toInt();
    if (days > 0) {
        f.to = QDate::currentDate();
        f.from = f.to.addDays(1 - days);
    } else if (days < 0) { // Between…: both days included, in either order
        f.from = std::min(m_fromDate->date(), m_toDate->date());
        f.to = std::max(m_fromDate->date(), m_toDate->date());
    }
    f.agentId = m_agent->currentText().trimmed();
    f.direction = m_direction->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.alarmsOnly = m_alarms->isChecked();
    f.search = m_search->text();
    return f;
}

void HistoryWindow::refresh()
{
    m_debounce.stop();
    const quint64 query = ++m_query;
    m_status->setText(tr("Searching…"));
    const qint64 keepRow = m_review->record().row.rowId;
    m_storage->queryHistory(filter(), this,
                            [this, query, keepRow](const QList<store::HistoryRow> &rows, qint64 us,
                                                   const QString &error) {
                                if (query != m_query)
                                    return; // a newer query is on its way
                                m_model->setRows(rows);
                                // Columns fit their content once, then stay where the
                                // operator puts them (no cut-off dates or headers).
                                if (!m_columnsSized && !rows.isEmpty()) {
                                    m_table->resizeColumnsToContents();
                                    m_columnsSized = true;
                                }
                                // Agents seen, for the agent filter's list.
                                QStringList agents;
                                for (const store::HistoryRow &r : rows)
                                    if (!r.agentId.isEmpty() && !agents.contains(r.agentId))
                                        agents << r.agentId;
                                for (const QString &a : std::as_const(agents))
                                    if (m_agent->findText(a) < 0)
                                        m_agent->addItem(a);
                                m_status->setText(
                                    error.isEmpty()
                                        ? tr("%n call(s) · query %1 ms", nullptr, int(rows.size()))
                                              .arg(QLocale().toString(double(us) / 1000.0, 'f', 1))
                                        : error);
                                // Keep the call under review selected; else select what was asked
                                // for.
                                const QString wantSid = std::exchange(m_selectSid, QString());
                                for (int r = 0; r < m_proxy->rowCount(); ++r) {
                                    const QModelIndex i = m_proxy->index(r, 0);
                                    const auto *row = m_model->row(m_proxy->mapToSource(i).row());
                                    if ((!wantSid.isEmpty() && row->callSid == wantSid) ||
                                        (wantSid.isEmpty() && row->rowId == keepRow)) {
                                        m_table->selectRow(r);
                                        m_table->scrollTo(i);
                                        break;
                                    }
                                }
                                // Nothing selected any more (a search with no match): the
                                // review pane must not keep showing the previous call.
                                if (m_table->selectionModel()->selectedRows().isEmpty())
                                    m_review->clear();
                                emit refreshed(int(rows.size()), us);
                            });
}

void HistoryWindow::setAgentNames(const QHash<QString, QString> &names)
{
    m_model->setAgentNames(names);
    m_review->setAgentNames(names);
}

void HistoryWindow::selectCallSid(const QString &callSid)
{
    m_selectSid = callSid;
    refresh();
}

void HistoryWindow::onSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_compareButton->setEnabled(rows.size() == 2);
    m_suiteButton->setEnabled(!rows.isEmpty());
    if (rows.size() != 1)
        return;
    const auto *row = m_model->row(m_proxy->mapToSource(rows.first()).row());
    if (row && row->rowId != m_review->record().row.rowId)
        m_review->showCall(row->rowId);
}

void HistoryWindow::tell(int icon, const QString &text)
{
    // Window-modal and not blocking: the outcome of a background write.
    auto *box =
        new QMessageBox(QMessageBox::Icon(icon), tr("Add to suite"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QList<qint64> HistoryWindow::selectedRowIds() const
{
    QList<qint64> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (const auto *row = m_model->row(m_proxy->mapToSource(i).row()))
            rows << row->rowId;
    return rows;
}

void HistoryWindow::addSelectedToSuiteAsk()
{
    // The calls as selected now: a refresh while the question is open must not change them.
    const QList<qint64> rows = selectedRowIds();
    if (rows.isEmpty() || m_askingSuite)
        return;
    m_askingSuite = true;
    const QString dataDir = m_storage->dataDir();
    m_storage->query<QStringList>(
        this,
        [dataDir](store::CallStore &s) {
            QStringList names;
            for (const store::SuiteSummary &x :
                 store::SuiteStore(s.connectionName(), dataDir).list())
                names << x.name;
            return names;
        },
        [this, rows](const QStringList &names) {
            // Window-modal and not blocking (no nested event loop inside a storage reply).
            auto *ask = new QInputDialog(this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            ask->setWindowTitle(tr("Add to suite"));
            ask->setLabelText(tr("Suite (pick one, or type a name for a new suite):"));
            ask->setComboBoxItems(names);
            ask->setComboBoxEditable(true);
            const QString last = QSettings().value(QStringLiteral("history/lastSuite")).toString();
            if (names.contains(last))
                ask->setTextValue(last);
            connect(ask, &QInputDialog::textValueSelected, this,
                    [this, rows](const QString &name) { addRowsToSuite(rows, name); });
            connect(ask, &QObject::destroyed, this, [this] { m_askingSuite = false; });
            ask->open();
        });
}

void HistoryWindow::addSelectedToSuite(const QString &typed)
{
    addRowsToSuite(selectedRowIds(), typed);
}

void HistoryWindow::addRowsToSuite(const QList<qint64> &rows, const QString &typed)
{
    QString why;
    const QString name = store::SuiteStore::validName(typed, &why);
    if (name.isEmpty()) {
        m_status->setText(why);
        tell(QMessageBox::Warning, why);
        emit addedToSuite(typed, 0, {}, why);
        return;
    }
    if (rows.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("history/lastSuite"), name);
    struct Added
    {
        int added = 0;
        QStringList skipped;
        QString error;
    };
    const QString dataDir = m_storage->dataDir();
    const QJsonObject defaults = suite::SuiteRules().toJson();
    m_storage->query<Added>(
        this,
        [name, rows, dataDir, defaults](store::CallStore &s) {
            Added a;
            store::SuiteStore suites(s.connectionName(), dataDir);
            const qint64 id = suites.ensureSuite(name, defaults);
            if (!id) {
                a.error = suites.errorString();
                return a;
            }
            a.added = suites.addCases(id, rows, &a.skipped);
            if (a.added < 0)
                a.error = suites.errorString();
            return a;
        },
        [this, name](const Added &a) {
            if (!a.error.isEmpty()) {
                m_status->setText(tr("Not added to suite “%1”: %2").arg(name, a.error));
                tell(QMessageBox::Warning, m_status->text());
            } else {
                m_status->setText(
                    tr("%n call(s) added to suite “%1” (Call → Regression suites, Ctrl+Shift+S)",
                       nullptr, a.added)
                        .arg(name) +
                    (a.skipped.isEmpty()
                         ? QString()
                         : tr("; not added: %1").arg(a.skipped.join(QStringLiteral("; ")))));
                if (!a.skipped.isEmpty() && a.added == 0)
                    tell(QMessageBox::Information, m_status->text());
            }
            emit addedToSuite(name, std::max(0, a.added), a.skipped, a.error);
        });
}

void HistoryWindow::compareCallSids(const QString &callSidA, const QString &callSidB)
{
    store::HistoryFilter both;
    both.callSids = {callSidA, callSidB};
    m_storage->queryHistory(
        both, this,
        [this, callSidA, callSidB](const QList<store::HistoryRow> &rows, qint64,
                                   const QString &error) {
            qint64 a = 0, b = 0;
            for (const store::HistoryRow &r : rows) {
                if (r.callSid == callSidA)
                    a = r.rowId;
                else if (r.callSid == callSidB)
                    b = r.rowId;
            }
            if (a == 0 || b == 0) {
                m_status->setText(error.isEmpty()
                                      ? tr("Cannot compare: call %1 is no longer in the call log")
                                            .arg(a == 0 ? callSidA : callSidB)
                                      : error);
                return;
            }
            if (m_compare)
                m_compare->close();
            m_compare = new CompareDialog(m_storage, a, b, this);
            m_compare->setAgentNames(m_model->agentNames());
            m_compare->setAttribute(Qt::WA_DeleteOnClose);
            m_compare->show();
        });
}

void HistoryWindow::compareSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const auto *a = m_model->row(m_proxy->mapToSource(rows.at(0)).row());
    const auto *b = m_model->row(m_proxy->mapToSource(rows.at(1)).row());
    // Older call as A.
    const bool swap = a->startedAt > b->startedAt;
    m_compare =
        new CompareDialog(m_storage, swap ? b->rowId : a->rowId, swap ? a->rowId : b->rowId, this);
    m_compare->setAgentNames(m_model->agentNames());
    m_compare->setAttribute(Qt::WA_DeleteOnClose);
    m_compare->show();
}

} // namespace patchline::ui
