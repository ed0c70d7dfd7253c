// ElevenLabs' conversation records in the console (issue 6 §1): the list of an agent's
// conversations, a record's transcript, and its audio saved to a file — against the sandbox
// agent's REST surface, offscreen.
#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/WavFile.h"
#include "ui/ConversationsDialog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace patchline;

class TestConversations : public QObject
{
    Q_OBJECT
private slots:
    void listRecordAndAudio()
    {
        test::SandboxFixture box;
        QVERIFY(box.start([](engine::Engine::Options &o) {
                       o.keepSandboxAudio = true;
                       o.config.record = false;
                   })
                    .isEmpty());
        sim::Scenario s; // a short call the agent ends
        s.agentLines = {QStringLiteral("agent3")};
        s.agentHangsUpAfter = 1;
        s.maxDurationMs = 20000;
        QSignalSpy finished(box.engine.get(), &engine::Engine::sandboxCallFinished);
        box.engine->placeSandboxCall(s);
        QVERIFY(finished.wait(20000));
        const QString sid = finished.first().first().toString();
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Ended; }, 5000));
        const QString conversationId = box.last(sid).conversationId;
        QVERIFY(!conversationId.isEmpty());

        ui::ConversationsDialog d(box.engine.get(), box.engine->config().defaultAgentId);
        QAbstractItemModelTester tester(d.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QVERIFY(test::waitFor([&] { return d.model()->rowCount() == 1; }, 5000));
        QCOMPARE(
            d.model()->index(0, 0).data(ui::ConversationListModel::ConversationIdRole).toString(),
            conversationId);
        QCOMPARE(d.model()->index(0, ui::ConversationListModel::Status).data().toString(),
                 QStringLiteral("done"));
        d.view()->setCurrentIndex(d.model()->index(0, 0));
        QVERIFY(
            test::waitFor([&] { return d.detailsText().contains(QStringLiteral("Agent")); }, 5000));
        QVERIFY(d.detailsText().startsWith(conversationId));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("conversation.wav"));
        QSignalSpy saved(&d, &ui::ConversationsDialog::audioSaved);
        d.saveAudioTo(path);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        audio::PcmBuffer pcm;
        QString error;
        QVERIFY2(audio::readAudioFile(path, pcm, &error), qPrintable(error));
        QCOMPARE(pcm.sampleRate, 8000);
        QVERIFY(pcm.frames() > 8000); // the agent spoke for more than a second
        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", QDir::tempPath());
        d.grab().save(shots + QStringLiteral("/patchline-conversations.png"));
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
