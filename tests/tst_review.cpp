// Review of recorded calls (issue 8 §3–§6, issue 6 §8), offscreen, on two real sandbox calls:
// history with search and filters, the review pane (post-call data, overview, seek by
// clicking a transcript line, playback), exports and the incident bundle (every file, no
// secret), and the comparison of two calls. ctest runs it under tests/with-pulse.sh, so
// playback has a (null) sound card when PulseAudio is installed.
#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/WavFile.h"
#include "settings/Redact.h"
#include "sim/Scenario.h"
#include "store/Export.h"
#include "store/Storage.h"
#include "ui/CompareDialog.h"
#include "ui/Format.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/OverviewWidget.h"
#include "ui/ReviewPane.h"
#include "ui/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMediaPlayer>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace patchline;

class TestReview : public QObject
{
    Q_OBJECT
    test::SandboxFixture m_box;
    QStringList m_sids;

    static void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", QDir::tempPath());
        w->grab().save(dir + QStringLiteral("/patchline-%1.png").arg(name));
    }

    QList<store::HistoryRow> query(const store::HistoryFilter &f = {})
    {
        QList<store::HistoryRow> out;
        bool done = false;
        m_box.engine->storage()->queryHistory(
            f, this, [&](const QList<store::HistoryRow> &rows, qint64, const QString &) {
                out = rows;
                done = true;
            });
        test::waitFor([&] { return done; }, 5000);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A short one-way-audio threshold: the caller is silent during the agent's greeting,
        // so each call has an alarm raised and cleared (its name is shown in History and
        // Compare, issue 18 #4).
        QVERIFY(m_box.start([](engine::Engine::Options &o) { o.config.alarmOneWayAudioMs = 1500; })
                    .isEmpty());
        // Two short demo calls at once: greeting, a question, an answer with a barge-in.
        sim::Scenario s = sim::Scenario::demo();
        s.maxDurationMs = 14000;
        QSignalSpy placed(m_box.engine.get(), &engine::Engine::sandboxCallPlaced);
        m_box.engine->placeSandboxCall(s);
        m_box.engine->placeSandboxCall(s);
        QVERIFY(test::waitFor([&] { return placed.count() == 2; }, 5000));
        // Both calls ended and ElevenLabs' post-call data (signed webhook) stored.
        QVERIFY(test::waitFor(
            [&] {
                const auto rows = query();
                return rows.size() == 2 && rows.at(0).state == u"ended" &&
                       rows.at(1).state == u"ended" && rows.at(0).cost >= 0 && rows.at(1).cost >= 0;
            },
            40000));
    }

    void historySearchesAndFilters()
    {
        ui::HistoryWindow w(m_box.engine->storage());
        QAbstractItemModelTester tester(w.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&w, &ui::HistoryWindow::refreshed);
        w.show();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 2);
        // A word the caller said (the clip's text), typed into the search box.
        const QString said = sim::clip(sim::Scenario::demo().callerClip(0)).text;
        const QString word =
            said.section(u' ', -1).remove(QRegularExpression(QStringLiteral("\\W")));
        QVERIFY(!word.isEmpty());
        w.searchBox()->setText(word.left(4)); // prefix
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 2);
        QVERIFY(w.model()
                    ->index(0, ui::HistoryModel::Match)
                    .data()
                    .toString()
                    .contains(word, Qt::CaseInsensitive));
        // A call under review, then a search that matches nothing: the pane empties (issue 18).
        QSignalSpy loaded(w.review(), &ui::ReviewPane::recordLoaded);
        w.table()->selectRow(0);
        QVERIFY(loaded.wait(5000));
        QVERIFY(w.review()->record().found);
        w.searchBox()->setText(QStringLiteral("zebra crossing"));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 0);
        QVERIFY(!w.review()->record().found);
        QVERIFY(w.review()->transcriptModel()->rowCount() == 0);
        w.searchBox()->clear();
        QVERIFY(refreshed.wait(5000));
        w.outcomeBox()->setCurrentIndex(w.outcomeBox()->findData(QStringLiteral("failed")));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 0);
        w.outcomeBox()->setCurrentIndex(w.outcomeBox()->findData(QStringLiteral("ok")));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 2);
        // A date range, as the README promises: yesterday alone has none, up to today both.
        w.rangeBox()->setCurrentIndex(w.rangeBox()->findData(-1));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(w.fromDate()->isVisibleTo(&w));
        w.fromDate()->setDate(QDate::currentDate().addDays(-1));
        w.toDate()->setDate(QDate::currentDate().addDays(-1));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 0);
        w.toDate()->setDate(QDate::currentDate());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(w.model()->rowCount(), 2);
    }

    void reviewSeeksPlaysAndExports()
    {
        ui::HistoryWindow w(m_box.engine->storage());
        QSignalSpy refreshed(&w, &ui::HistoryWindow::refreshed);
        w.resize(1100, 760);
        w.show();
        QVERIFY(refreshed.wait(5000));
        ui::ReviewPane *pane = w.review();
        QSignalSpy loaded(pane, &ui::ReviewPane::recordLoaded);
        QSignalSpy overview(pane, &ui::ReviewPane::overviewReady);
        w.table()->selectRow(0);
        QVERIFY(loaded.wait(5000));
        const store::CallRecord &rec = pane->record();
        QVERIFY(rec.found);
        QVERIFY(pane->headerText().contains(rec.row.from));
        QVERIFY2(pane->postCallText().contains(rec.row.conversationId),
                 qPrintable(pane->postCallText()));
        QVERIFY(pane->postCallText().contains(QStringLiteral("outcome")));
        QVERIFY(rec.transcript.size() >= 3);
        QVERIFY(overview.wait(10000));
        QVERIFY2(std::abs(pane->overview()->durationMs() - rec.row.durationMs) < 1000,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(pane->overview()->durationMs())
                                .arg(rec.row.durationMs)));
        int bargeIns = 0;
        for (const auto &m : pane->overview()->markers())
            bargeIns += m.alarm ? 0 : 1;
        QCOMPARE(bargeIns, rec.metrics.value(u"bargeIns").toInt());
        // The agent line the caller talked over: what they heard plain, the rest struck.
        int partial = 0;
        for (int r = 0; r < pane->transcriptModel()->rowCount(); ++r) {
            const QModelIndex i = pane->transcriptModel()->index(r);
            if (!i.data(ui::TranscriptModel::InterruptedRole).toBool())
                continue;
            const bridge::TranscriptLine &l = pane->transcriptModel()->lines().at(r);
            QVERIFY2(l.heardChars() > 0 && l.heardChars() < l.text.size(),
                     qPrintable(QStringLiteral("%1 of %2 chars, heard %3 ms of %4 ms sent")
                                    .arg(l.heardChars())
                                    .arg(l.text.size())
                                    .arg(l.heardMs)
                                    .arg(l.sentMs)));
            QVERIFY(i.data(ui::TranscriptModel::PartialHtmlRole)
                        .toString()
                        .contains(QStringLiteral("<s ")));
            ++partial;
        }
        QCOMPARE(partial, bargeIns);
        grab(&w, QStringLiteral("history-review"));
        // Issue 18 #4: which alarm, not only how many — in the figures and on the marker.
        const QList<ui::AlarmMark> alarms = ui::Format::alarms(rec.events);
        QVERIFY2(!alarms.isEmpty(), "the short one-way-audio threshold raised no alarm");
        QVERIFY2(pane->findChild<QLabel *>(QStringLiteral("reviewFigures"))
                     ->text()
                     .contains(alarms.first().name.toHtmlEscaped()),
                 qPrintable(pane->findChild<QLabel *>(QStringLiteral("reviewFigures"))->text()));
        const int alarmX = pane->overview()->width() * double(alarms.first().offsetMs) /
                           pane->overview()->durationMs();
        QVERIFY2(pane->overview()->markerTextAt(alarmX).contains(alarms.first().name),
                 qPrintable(pane->overview()->markerTextAt(alarmX)));

        // Click the third transcript line: the player goes there and the line lights up.
        QListView *view = pane->transcriptView();
        const QModelIndex third = pane->transcriptModel()->index(2);
        const qint64 target = third.data(ui::TranscriptModel::OffsetMsRole).toLongLong();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
        QCOMPARE(pane->transcriptModel()->currentRow(), 2);
        QVERIFY2(test::waitFor([&] { return std::abs(pane->player()->position() - target) < 300; },
                               5000),
                 qPrintable(QStringLiteral("position %1, wanted %2, media status %3, state %4")
                                .arg(pane->player()->position())
                                .arg(target)
                                .arg(pane->player()->mediaStatus())
                                .arg(pane->player()->playbackState())));
        if (qEnvironmentVariableIntValue("PATCHLINE_EXPECT_AUDIO") == 1) {
            pane->togglePlay(); // plays on the null sink: the position moves on
            QVERIFY(test::waitFor([&] { return pane->player()->position() > target + 400; }, 5000));
            pane->togglePlay();
            QCOMPARE(pane->player()->playbackState(), QMediaPlayer::PausedState);
        }
        // Issue 18 #5: the keys work with focus in the calls list, right after picking a call.
        w.table()->setFocus();
        const qint64 beforeKey = pane->player()->position();
        QTest::keyClick(w.table(), Qt::Key_Right);
        QVERIFY2(
            test::waitFor(
                [&] { return std::abs(pane->player()->position() - (beforeKey + 5000)) < 700; },
                5000),
            qPrintable(QStringLiteral("position %1 after → from %2")
                           .arg(pane->player()->position())
                           .arg(beforeKey)));
        QTest::keyClick(w.table(), Qt::Key_Left);
        QVERIFY(test::waitFor(
            [&] { return std::abs(pane->player()->position() - beforeKey) < 700; }, 5000));
        pane->seekBy(-5000);
        QVERIFY(test::waitFor(
            [&] {
                return std::abs(pane->player()->position() - std::max<qint64>(0, target - 5000)) <
                       700;
            },
            5000));

        // One side only: a copy with the other channel silent, same position.
        pane->setSolo(ui::ReviewPane::Solo::Agent);
        QVERIFY(test::waitFor(
            [&] { return pane->player()->source().fileName() == QStringLiteral("agent.wav"); },
            5000));
        audio::PcmBuffer agentOnly;
        QVERIFY(audio::readAudioFile(pane->player()->source().toLocalFile(), agentOnly));
        QCOMPARE(agentOnly.channels, 2);
        bool callerSilent = true, agentSound = false;
        for (std::size_t i = 0; i + 1 < agentOnly.samples.size(); i += 2) {
            callerSilent = callerSilent && agentOnly.samples[i] == 0;
            agentSound = agentSound || agentOnly.samples[i + 1] != 0;
        }
        QVERIFY(callerSilent);
        QVERIFY(agentSound);
        pane->setSolo(ui::ReviewPane::Solo::Both);
        QCOMPARE(pane->player()->source().toLocalFile(), rec.row.recordingPath);

        // Exports.
        QTemporaryDir out;
        QSignalSpy exported(pane, &ui::ReviewPane::exported);
        pane->exportTranscript(out.filePath(QStringLiteral("t.json")));
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile json(out.filePath(QStringLiteral("t.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"lines").toArray().size(),
                 rec.transcript.size());
        pane->exportRecording(out.filePath(QStringLiteral("r.wav")));
        QVERIFY(exported.wait(5000));
        QCOMPARE(QFileInfo(out.filePath(QStringLiteral("r.wav"))).size(),
                 QFileInfo(rec.row.recordingPath).size());
        pane->exportBundle(out.filePath(QStringLiteral("b.zip")));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        // Issue 18 #3: the pane says where it went, and a failure is shown, not swallowed.
        QVERIFY2(pane->exportStatusText().contains(QStringLiteral("b.zip")),
                 qPrintable(pane->exportStatusText()));
        const QString unwritable = out.filePath(QStringLiteral("no-such-folder/t.txt"));
        pane->exportTranscript(unwritable);
        QVERIFY(exported.wait(5000));
        QVERIFY(!exported.last().at(1).toString().isEmpty());
        QVERIFY(!QFileInfo::exists(unwritable));
        QVERIFY2(pane->exportStatusText().contains(QStringLiteral("no-such-folder")),
                 qPrintable(pane->exportStatusText()));
        auto *failed = pane->findChild<QMessageBox *>(QStringLiteral("exportFailed"));
        QVERIFY(failed);
        QVERIFY(failed->isVisible());
        QVERIFY(failed->text().contains(QStringLiteral("no-such-folder")));
        failed->accept();

        QuaZip zip(out.filePath(QStringLiteral("b.zip")));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QStringList names;
        for (const QString &n : zip.getFileNameList())
            names << n.section(u'/', -1);
        for (const char *want :
             {"README.txt", "recording.wav", "transcript.txt", "transcript.json", "timeline.jsonl",
              "metrics.json", "conversation.json", "wire.jsonl"})
            QVERIFY2(names.contains(QLatin1String(want)), want);
        // The wire log: both sockets, both directions, no audio payloads.
        QVERIFY(zip.setCurrentFile(
            zip.getFileNameList().at(names.indexOf(QStringLiteral("wire.jsonl")))));
        QuaZipFile wireFile(&zip);
        QVERIFY(wireFile.open(QIODevice::ReadOnly));
        const QByteArray wire = wireFile.readAll();
        wireFile.close();
        QSet<QString> seen;
        for (const QByteArray &line : wire.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            seen << QStringLiteral("%1 %2 %3")
                        .arg(o.value(u"side").toString(), o.value(u"dir").toString(),
                             o.value(u"type").toString());
        }
        for (const char *want :
             {"twilio in connected", "twilio in start", "twilio in media", "twilio out media",
              "twilio out mark", "twilio in mark", "twilio out clear", "agent in audio",
              "agent out user_audio_chunk", "agent in interruption", "agent out pong"})
            QVERIFY2(seen.contains(QLatin1String(want)), want);
        QVERIFY(!wire.contains("payload"));
        QVERIFY(wire.count('\n') > 500); // 14 s of 20 ms frames each way
        zip.close();
    }

    /// The bundle never carries a secret, even when one slipped into the call's data.
    void bundleRedactsSecrets()
    {
        store::CallRecord rec;
        const auto rows = query();
        QVERIFY(!rows.isEmpty());
        bool done = false;
        m_box.engine->storage()->loadRecord(rows.first().rowId, this,
                                            [&](const store::CallRecord &r) {
                                                rec = r;
                                                done = true;
                                            });
        QVERIFY(test::waitFor([&] { return done; }, 5000));
        const settings::BridgeConfig cfg = m_box.engine->config();
        const QString key = QString::fromLatin1(cfg.elevenLabsApiKey);
        const QString token = QString::fromLatin1(cfg.twilioAuthToken);
        QVERIFY(!key.isEmpty() && !token.isEmpty());
        rec.transcript.append({bridge::TranscriptLine::Role::Caller, 99000,
                               QStringLiteral("my key is %1 and token %2").arg(key, token), false});
        rec.events.append({99000, QStringLiteral("error"),
                           QStringLiteral("GET https://x/?xi-api-key=%1 failed").arg(key)});
        QTemporaryDir out;
        QString error;
        const QStringList written =
            store::writeIncidentBundle(rec, out.filePath(QStringLiteral("b.zip")), &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QuaZip zip(out.filePath(QStringLiteral("b.zip")));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        int checked = 0;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(key.toLatin1()), qPrintable(zip.getCurrentFileName()));
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(zip.getCurrentFileName()));
            if (zip.getCurrentFileName().endsWith(QStringLiteral("transcript.txt")))
                QVERIFY(bytes.contains("[redacted]"));
            ++checked;
        }
        QCOMPARE(checked, written.size());
    }

    void compareTwoCalls()
    {
        ui::HistoryWindow w(m_box.engine->storage());
        QSignalSpy refreshed(&w, &ui::HistoryWindow::refreshed);
        w.show();
        QVERIFY(refreshed.wait(5000));
        w.table()->selectAll();
        w.compareSelected();
        QVERIFY(w.compareDialog());
        QSignalSpy loaded(w.compareDialog().data(), &ui::CompareDialog::loaded);
        QVERIFY(w.compareDialog()->isLoaded() || loaded.wait(5000));
        QTableWidget *t = w.compareDialog()->figures();
        int turnsRow = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->verticalHeaderItem(r)->text() == ui::CompareDialog::tr("Turns"))
                turnsRow = r;
        QVERIFY(turnsRow >= 0);
        QVERIFY(t->item(turnsRow, 0)->text().toInt() >= 1);
        QVERIFY(!t->item(turnsRow, 2)->text().isEmpty()); // a difference, even "0"
        int alarmsRow = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->verticalHeaderItem(r)->text() == ui::CompareDialog::tr("Alarms"))
                alarmsRow = r;
        QVERIFY(alarmsRow >= 0);
        QVERIFY2(t->item(alarmsRow, 0)->text().contains(QStringLiteral("one-way audio")),
                 qPrintable(t->item(alarmsRow, 0)->text()));
        // Both transcripts strike through what the caller did not hear, as everywhere else.
        const auto views = w.compareDialog()->findChildren<QListView *>();
        QCOMPARE(views.size(), 2);
        for (QListView *v : views)
            QVERIFY(qobject_cast<ui::TranscriptDelegate *>(v->itemDelegate()));
        grab(w.compareDialog(), QStringLiteral("compare"));
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
