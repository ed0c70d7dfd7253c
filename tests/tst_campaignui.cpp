// Issue 19 §1, the console offscreen: the campaign dialog's preview (validation, inline
// fixing, removing bad rows, the time-zone question), and a campaign run from the main window
// against the sandbox: progress table, counts, its calls in the calls list, export, and the
// offer to resume a campaign a previous run left unfinished.
#include "SandboxFixture.h"
#include "TestUtil.h"
#include "engine/CampaignRunner.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"
#include "store/Storage.h"
#include "ui/CampaignDialog.h"
#include "ui/CampaignModels.h"
#include "ui/CampaignWindow.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace patchline;

class TestCampaignUi : public QObject
{
    Q_OBJECT

    static engine::Engine::Options sandboxOptions(const QString &dataDir)
    {
        engine::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = dataDir;
        o.config.record = false;
        o.sandboxOutboundScenario = sim::Scenario::load(2000);
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(ui::installTranslations(qApp, QStringLiteral("en")));
    }

    void previewValidatesAndFixesInPlace()
    {
        ui::CampaignPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCsv("phone_number;customer_name\n+14155552000;Ada\n0155 12;Bob\n"
                     "+14155552000;Cy\n+4930123456;Dee\n");
        QCOMPARE(model.rowCount(), 4);
        // Row, the file's two columns, country, type, problems.
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("phone_number"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("United States"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("landline or mobile"));
        QVERIFY(model.index(0, 5).data().toString().isEmpty());
        // The bad number: named in Problems and in its cell's tooltip, in red.
        QVERIFY2(model.index(1, 5).data().toString().contains(QStringLiteral("0155 12")) ||
                     !model.index(1, 5).data().toString().isEmpty(),
                 qPrintable(model.index(1, 5).data().toString()));
        QVERIFY(!model.index(1, 1).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(1, 1).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, 2).data(Qt::ForegroundRole).isValid()); // the name is fine
        // The duplicate is flagged on its second row.
        QVERIFY(!model.index(2, 5).data().toString().isEmpty());
        QCOMPARE(model.csv().validCount(), 2);

        // Inline fix: the bad number typed again, the row becomes good; ';' is kept.
        QVERIFY(model.setData(model.index(1, 1), QStringLiteral("+1 415 555 2001")));
        QCOMPARE(model.csv().validCount(), 3);
        QVERIFY(model.bytes().contains("+1 415 555 2001;Bob"));
        QVERIFY(!(model.flags(model.index(1, 3)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(1, 3), QStringLiteral("x")));

        // Remove the rest of the bad rows: the duplicate goes, the others stay.
        QCOMPARE(model.removeInvalidRows(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.csv().validCount(), 3);
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("Dee"));
    }

    void startRunsThePreflightFirst()
    {
        QTemporaryDir dir;
        test::SandboxFixture box;
        QVERIFY(box.start([&](engine::Engine::Options &o) { o = sandboxOptions(dir.path()); })
                    .isEmpty());
        const QByteArray csv = "phone_number\n+4930123456\n";
        {
            // The sandbox's own number: the check passes and Start goes on.
            ui::CampaignDialog d(box.engine.get(), {}, QStringLiteral("agent_sandbox_demo"),
                                 QStringLiteral("+15550100"));
            d.setCsv(csv, QStringLiteral("list.csv"));
            QSignalSpy accepted(&d, &QDialog::accepted);
            QVERIFY2(d.startButton()->isEnabled(), qPrintable(d.problem()));
            d.startButton()->click();
            QCOMPARE(d.startButton()->text(), QStringLiteral("Checking…"));
            QVERIFY(accepted.wait(15000));
        }
        // A From the account does not have: the failing line and its fix, then Start anyway.
        ui::CampaignDialog d(box.engine.get(), {}, QStringLiteral("agent_sandbox_demo"),
                             QStringLiteral("+15017122661"));
        d.setCsv(csv, QStringLiteral("list.csv"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.startButton()->click();
        QVERIFY(test::waitFor([&] { return d.startButton()->text() == u"Start &anyway"; }, 15000));
        QVERIFY(accepted.isEmpty());
        QVERIFY2(d.preflightLabel()->text().contains(QStringLiteral("would fail")),
                 qPrintable(d.preflightLabel()->text()));
        QVERIFY2(d.preflightLabel()->text().contains(QStringLiteral("+15017122661")),
                 qPrintable(d.preflightLabel()->text()));
        d.startButton()->click();
        QCOMPARE(accepted.size(), 1);
    }

    void dialogAsksForAZoneWhenACountryHasSeveral()
    {
        QTemporaryDir dir;
        test::SandboxFixture box;
        QVERIFY(box.start([&](engine::Engine::Options &o) { o = sandboxOptions(dir.path()); })
                    .isEmpty());
        ui::CampaignDialog d(box.engine.get(), {}, QStringLiteral("agent_sandbox_demo"),
                             QStringLiteral("+15550100"));
        QVERIFY(!d.startButton()->isEnabled());
        QVERIFY(d.problem().contains(QStringLiteral("Open a CSV")));
        d.setCsv("phone_number,customer_name\n+14155552000,Ada\n+4930123456,Bea\nnope,Cy\n",
                 QStringLiteral("list.csv"));
        QVERIFY(!d.startButton()->isEnabled());
        QVERIFY2(d.problem().contains(QStringLiteral("1 row with problems")),
                 qPrintable(d.problem()));
        d.removeInvalidButton()->click();
        QVERIFY2(d.startButton()->isEnabled(), qPrintable(d.problem()));
        // A calling window: Germany has one clock, the US several: a zone is asked for.
        d.windowBox()->setChecked(true);
        QVERIFY(!d.startButton()->isEnabled());
        QVERIFY2(d.problem().contains(QStringLiteral("United States")), qPrintable(d.problem()));
        QVERIFY(d.timeZoneField()->isEnabled());
        const int ny = d.timeZoneField()->findText(QStringLiteral("America/New_York"));
        QVERIFY(ny > 0);
        d.timeZoneField()->setCurrentIndex(ny);
        QVERIFY2(d.startButton()->isEnabled(), qPrintable(d.problem()));
        const campaign::CampaignSettings s = d.settings();
        QCOMPARE(s.timeZone, QStringLiteral("America/New_York"));
        QVERIFY(s.window.enabled);
        QCOMPARE(s.from, QStringLiteral("+15550100"));
        const QList<campaign::CampaignRow> rows = d.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).timeZone, QStringLiteral("Europe/Berlin"));
        QVERIFY(rows.at(0).timeZone.isEmpty());
        d.resize(1024, 700);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
    }

    void campaignRunsFromTheConsole()
    {
        QTemporaryDir dir;
        engine::Engine engine(sandboxOptions(dir.path()));
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        campaign::CampaignSettings s;
        s.name = QStringLiteral("Renewals");
        s.from = QStringLiteral("+15550100");
        s.concurrency = 3;
        s.cps = 5;
        s.retry.spacingSecs = 1;
        const QByteArray csv = "phone_number,customer_name\n+14155552000,Ada\n+14155552113,Bob\n"
                               "+14155552200,Cy\n+14155552366,Dee\n";
        const QList<campaign::CampaignRow> rows =
            engine::CampaignRunner::rowsFrom(campaign::parseCampaignCsv(csv));
        w.runCampaign(0, rows, csv, s);
        QPointer<ui::CampaignWindow> cw = w.campaignWindow();
        QVERIFY(cw);
        QVERIFY(QTest::qWaitForWindowExposed(cw));
        QAbstractItemModelTester tester(cw->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine::CampaignRunner *runner = w.campaignRunner();
        QSignalSpy finished(runner, &engine::CampaignRunner::finished);
        // Its calls are ordinary calls: the calls list shows them while they run.
        QVERIFY(test::waitFor([&] { return runner->counts().live > 0; }, 20000));
        QVERIFY(test::waitFor(
            [&] {
                auto *list = w.findChild<QTableView *>(QStringLiteral("callTable"));
                return list && list->model()->rowCount() > 0;
            },
            10000));
        QVERIFY(finished.wait(90000));
        const campaign::CampaignCounts c = runner->counts();
        QCOMPARE(c.done, 3);
        QCOMPARE(c.failed, 1); // ends in 66: busy three times
        QCOMPARE(cw->progress()->value(), 4);
        QVERIFY2(cw->countsLabel()->text().contains(QStringLiteral("done 3")),
                 qPrintable(cw->countsLabel()->text()));
        QVERIFY(!cw->pauseButton()->isEnabled());
        QCOMPARE(cw->model()->rowCount(), 4);
        const auto cell = [&](int row, int col) {
            return cw->model()->index(row, col).data().toString();
        };
        QCOMPARE(cell(1, ui::CampaignRowModel::Attempts), QStringLiteral("2"));
        QCOMPARE(cell(1, ui::CampaignRowModel::Status), QStringLiteral("done"));
        QCOMPARE(cell(3, ui::CampaignRowModel::Status), QStringLiteral("failed"));
        QVERIFY(cell(0, ui::CampaignRowModel::CallSid).startsWith(QStringLiteral("CA")));
        // ElevenLabs' analysis arrives by the sandbox's post-call webhook.
        QVERIFY(test::waitFor(
            [&] {
                cw->model()->refreshAnalysis();
                QTest::qWait(200);
                return cell(0, ui::CampaignRowModel::Success) == u"success" &&
                       cell(0, ui::CampaignRowModel::Data)
                           .contains(QStringLiteral("caller_name=Ada"));
            },
            15000));

        // Export.
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        QSignalSpy exported(cw.data(), &ui::CampaignWindow::exported);
        cw->exportTo(path);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray out = f.readAll();
        QVERIFY2(out.contains("+14155552000,Ada,done,1,CA"), out.constData());
        QVERIFY2(out.contains("data:caller_name"), out.constData());

        // Bundles of failed calls: the failed row was busy every time; its call is in the
        // log all the same (Twilio's callbacks), so its newest attempt gets a bundle.
        QSignalSpy bundles(cw.data(), &ui::CampaignWindow::bundlesExported);
        cw->exportBundlesTo(dir.path());
        QVERIFY(bundles.wait(5000));
        QCOMPARE(bundles.first().at(1).toString(), QString());
        QCOMPARE(bundles.first().at(0).toInt(), 1);
        const QString failedSid = cell(3, ui::CampaignRowModel::CallSid);
        QVERIFY2(QFile::exists(dir.filePath(failedSid + QStringLiteral(".zip"))),
                 qPrintable(failedSid));

        // Double-click a row: its call is selected in the calls list.
        cw->table()->setCurrentIndex(cw->model()->index(0, 0));
        emit cw->table()->activated(cw->model()->index(0, 0));
        QTRY_VERIFY(w.selectedCall() != 0);
        w.close();
    }

    void unfinishedCampaignIsOfferedAtStart()
    {
        QTemporaryDir dir;
        {
            // A campaign a previous run left running (one row never dialled).
            store::Storage storage(dir.path());
            campaign::CampaignSettings s;
            s.name = QStringLiteral("Left over");
            s.from = QStringLiteral("+15550100");
            campaign::CampaignRow r;
            r.row = 2;
            r.phone = QStringLiteral("+14155552000");
            QSignalSpy done(&storage, &QObject::destroyed);
            QObject ctx;
            qint64 id = 0;
            storage.query<qint64>(
                &ctx,
                [s, r](store::CallStore &db) {
                    return store::CampaignStore(db.connectionName()).create(s, "x", {r});
                },
                [&](const qint64 &v) { id = v; });
            QTRY_VERIFY(id > 0);
        }
        engine::Engine engine(sandboxOptions(dir.path()));
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        QString asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    asked = box->text();
                    box->button(QMessageBox::Yes)->click();
                }
        });
        answer.start(50);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QVERIFY2(asked.contains(QStringLiteral("Left over")), qPrintable(asked));
        QTRY_VERIFY_WITH_TIMEOUT(w.campaignRunner() != nullptr, 5000);
        QSignalSpy finished(w.campaignRunner(), &engine::CampaignRunner::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.campaignRunner()->counts().done, 1);
        answer.stop();

        // Call → Open earlier campaign… lists the stored campaigns; a cancelled one opens to
        // be read and stays cancelled (nothing is dialled).
        qint64 cancelledId = 0;
        campaign::CampaignSettings s;
        s.name = QStringLiteral("Called off");
        s.from = QStringLiteral("+15550100");
        campaign::CampaignRow r;
        r.row = 2;
        r.phone = QStringLiteral("+14155552001");
        r.status = campaign::RowStatus::Cancelled;
        engine.storage()->query<qint64>(
            this,
            [s, r](store::CallStore &db) {
                store::CampaignStore cs(db.connectionName());
                const qint64 id = cs.create(s, "y", {r});
                cs.saveRow(id, r);
                cs.setState(id, QStringLiteral("cancelled"));
                return id;
            },
            [&](const qint64 &v) { cancelledId = v; });
        QTRY_VERIFY(cancelledId > 0);
        w.pickEarlierCampaign();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = w.findChild<QInputDialog *>()) != nullptr, 5000);
        QCOMPARE(ask->comboBoxItems().size(), 2);
        QVERIFY2(ask->comboBoxItems().first().contains(QStringLiteral("Called off")),
                 qPrintable(ask->comboBoxItems().first()));
        ask->setTextValue(ask->comboBoxItems().first());
        ask->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.campaignRunner() && w.campaignRunner()->campaignId() == cancelledId, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(w.campaignRunner()->counts().cancelled, 1, 5000);
        QTest::qWait(500);
        QString state;
        engine.storage()->query<QString>(
            this,
            [cancelledId](store::CallStore &db) {
                for (const store::CampaignSummary &c :
                     store::CampaignStore(db.connectionName()).list())
                    if (c.id == cancelledId)
                        return c.state;
                return QString();
            },
            [&](const QString &v) { state = v; });
        QTRY_COMPARE(state, QStringLiteral("cancelled"));
        w.close();
    }
};

QTEST_MAIN(TestCampaignUi)
#include "tst_campaignui.moc"
