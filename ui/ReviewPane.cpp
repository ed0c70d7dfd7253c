#include "ui/ReviewPane.h"

#include "audio/WavFile.h"
#include "store/Export.h"
#include "store/Storage.h"
#include "ui/Colors.h"
#include "ui/Format.h"
#include "ui/HistoryModel.h"
#include "ui/OverviewWidget.h"
#include "ui/TranscriptModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioOutput>
#include <QBrush>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMediaPlayer>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QThreadPool>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace patchline::ui {

// ---- ReviewTranscriptModel ----

void ReviewTranscriptModel::setLines(const QList<bridge::TranscriptLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_current = -1;
    endResetModel();
}

int ReviewTranscriptModel::setPosition(qint64 ms)
{
    int row = -1;
    for (int i = 0; i < m_lines.size() && m_lines.at(i).offsetMs <= ms; ++i)
        row = i;
    if (row != m_current) {
        const int old = std::exchange(m_current, row);
        if (old >= 0)
            emit dataChanged(index(old), index(old), {Qt::BackgroundRole});
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::BackgroundRole});
    }
    return row;
}

int ReviewTranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ReviewTranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::BackgroundRole) {
        if (index.row() == m_current)
            return QBrush(Colors::currentLine(QGuiApplication::palette()));
        if (m_different.contains(index.row()))
            return QBrush(Colors::differs(QGuiApplication::palette()));
        return {};
    }
    if (role == DifferentRole)
        return m_different.contains(index.row());
    return TranscriptModel::lineData(m_lines.at(index.row()), role);
}

void ReviewTranscriptModel::setDifferent(const QSet<int> &rows)
{
    m_different = rows;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1),
                         {Qt::BackgroundRole, DifferentRole});
}

// ---- ReviewPane ----

namespace {
QString overviewCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/overviews");
}
} // namespace

ReviewPane::ReviewPane(store::Storage *storage, QWidget *parent)
    : QWidget(parent), m_storage(storage), m_header(new QLabel), m_postCall(new QLabel),
      m_figures(new QLabel), m_overview(new OverviewWidget), m_play(new QToolButton),
      m_time(new QLabel), m_speed(new QComboBox), m_soloBox(new QComboBox),
      m_export(new QToolButton), m_replay(new QToolButton), m_transcript(new QListView),
      m_lines(new ReviewTranscriptModel(this)), m_player(new QMediaPlayer(this)),
      m_output(new QAudioOutput(this)), m_exportStatus(new QLabel), m_seekRetry(this)
{
    m_player->setAudioOutput(m_output);
    for (QLabel *l : {m_header, m_postCall, m_figures}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_postCall->setObjectName(QStringLiteral("reviewPostCall"));
    m_figures->setObjectName(QStringLiteral("reviewFigures"));
    m_figures->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_figures, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QStringLiteral("seek:")))
            seek(link.mid(5).toLongLong());
    });

    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play / pause (Space)"));
    m_play->setAccessibleName(tr("Play"));
    connect(m_play, &QToolButton::clicked, this, &ReviewPane::togglePlay);
    for (double r : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(r)), r);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(m_speed->currentData().toDouble()); });
    m_soloBox->addItem(tr("Both sides"), int(Solo::Both));
    m_soloBox->addItem(tr("Caller only"), int(Solo::Caller));
    m_soloBox->addItem(tr("Agent only"), int(Solo::Agent));
    m_soloBox->setAccessibleName(tr("Channels"));
    connect(m_soloBox, &QComboBox::currentIndexChanged, this,
            [this] { setSolo(Solo(m_soloBox->currentData().toInt())); });
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Recording (WAV)…"), this, [this] { chooseExport(0); });
    menu->addAction(tr("Transcript (text or JSON)…"), this, [this] { chooseExport(1); });
    menu->addAction(tr("Incident bundle (zip)…"), this, [this] { chooseExport(2); });
    m_export->setMenu(menu);
    m_time->setText(bridge::formatOffset(0));
    // Replay (reference/operators.md §4 row 38): the caller's side of this call, again.
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setText(tr("&Replay to agent"));
    m_replay->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_replay->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_replay->setToolTip(tr("Play this call's caller side to its agent again through the bridge, "
                            "with no phone (Ctrl+Shift+R); the new call is compared with this one "
                            "when it ends"));
    connect(m_replay, &QToolButton::clicked, this, [this] {
        const store::HistoryRow &r = m_record.row;
        if (m_record.found && QFileInfo::exists(r.recordingPath))
            emit replayRequested(r.recordingPath, r.agentId, r.callSid);
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_time);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("Speed:")));
    controls->addWidget(m_speed);
    controls->addWidget(m_soloBox);
    controls->addWidget(m_export);
    controls->addWidget(m_replay);

    m_transcript->setModel(m_lines);
    m_transcript->setItemDelegate(new TranscriptDelegate(m_transcript));
    m_transcript->setWordWrap(true);
    m_transcript->setUniformItemSizes(false);
    m_transcript->setAccessibleName(tr("Transcript: click a line to play from there"));
    connect(m_transcript, &QListView::clicked, this, [this](const QModelIndex &i) {
        seek(i.data(TranscriptModel::OffsetMsRole).toLongLong());
    });
    connect(m_overview, &OverviewWidget::seekRequested, this, &ReviewPane::seek);

    auto *info = new QHBoxLayout;
    info->addWidget(m_header, 3);
    info->addWidget(m_figures, 2);
    info->addWidget(m_postCall, 3);
    auto *v = new QVBoxLayout(this);
    v->addLayout(info);
    v->addWidget(m_overview);
    v->addLayout(controls);
    v->addWidget(m_transcript, 1);

    setKeyScope(this);

    // Export feedback (issue 18 #3): where the file went, or why it did not.
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setVisible(false);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextFormat(Qt::RichText);
    m_exportStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_exportStatus, &QLabel::linkActivated, this,
            [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(this, &ReviewPane::exported, this, &ReviewPane::showExportResult);
    v->addWidget(m_exportStatus);

    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_seekTarget >= 0 && std::abs(ms - m_seekTarget) < 300) { // the backend took it
            m_seekTarget = -1;
            m_seekRetry.stop();
        }
        onPosition(ms);
    });
    m_seekRetry.setInterval(100);
    connect(&m_seekRetry, &QTimer::timeout, this, [this] {
        if (m_seekTarget < 0 || ++m_seekTries > 30) {
            m_seekRetry.stop();
            return;
        }
        if (std::abs(m_player->position() - m_seekTarget) < 300) {
            m_seekTarget = -1;
            m_seekRetry.stop();
            return;
        }
        m_player->setPosition(m_seekTarget);
    });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            m_play->setIcon(style()->standardIcon(
                s == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s != QMediaPlayer::LoadedMedia && s != QMediaPlayer::BufferedMedia)
            return;
        // Cue it paused: the gstreamer backend of Qt 6.4 ignores seeks while stopped.
        if (std::exchange(m_pendingPlay, false))
            m_player->play();
        else if (m_player->playbackState() == QMediaPlayer::StoppedState)
            m_player->pause();
        if (m_pendingSeek >= 0)
            seek(std::exchange(m_pendingSeek, -1));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &text) {
                m_time->setText(tr("Cannot play the recording: %1").arg(text));
            });
    setEnabled(false);
}

ReviewPane::~ReviewPane()
{
    m_player->stop();
}

void ReviewPane::showCall(qint64 rowId)
{
    m_wantedRow = rowId;
    m_exportStatus->hide(); // it was about the previous call
    m_storage->loadRecord(rowId, this, [this, rowId](const store::CallRecord &r) {
        if (rowId == m_wantedRow) // the operator may have moved on
            onRecord(r);
    });
}

void ReviewPane::clear()
{
    m_wantedRow = 0;
    m_exportStatus->hide();
    m_player->stop();
    m_player->setSource({});
    m_record = {};
    m_header->setText(tr("<i>No call selected. Pick one in the list above.</i>"));
    m_figures->clear();
    m_postCall->clear();
    m_lines->setLines({});
    m_overview->setMarkers({});
    m_overview->setOverview({});
    m_time->setText(bridge::formatOffset(0));
    setEnabled(false);
}

QString ReviewPane::headerText() const
{
    return m_header->text();
}

QString ReviewPane::postCallText() const
{
    return m_postCall->text();
}

void ReviewPane::onRecord(const store::CallRecord &rec)
{
    m_record = rec;
    setEnabled(rec.found);
    const store::HistoryRow &r = rec.row;
    // A call another node held (issue 20 §3): its recording is on that node's disk; a copy is
    // fetched over the node's authenticated /recordings route, then shown as a local one.
    if (m_fetchFailedRow != r.rowId)
        m_fetchNote.clear();
    if (m_fetcher && m_fetchFailedRow != r.rowId && !r.node.isEmpty() &&
        !r.recordingPath.isEmpty() && !QFileInfo::exists(r.recordingPath)) {
        m_fetchNote = tr("fetching from node %1…").arg(r.node);
        m_fetcher(r.node, r.recordingPath, this,
                  [this, rec](const QString &local, const QString &error) {
                      if (m_record.row.rowId != rec.row.rowId)
                          return; // another call is shown now
                      store::CallRecord again = rec;
                      if (local.isEmpty()) { // shown with the reason, not fetched again
                          m_fetchFailedRow = rec.row.rowId;
                          m_fetchNote = error;
                      } else {
                          again.row.recordingPath = local;
                      }
                      onRecord(again);
                  });
    }
    m_replay->setEnabled(!r.recordingPath.isEmpty() && QFileInfo::exists(r.recordingPath));
    QString rec_ = tr("<i>not recorded</i>");
    if (!r.recordingPath.isEmpty()) {
        const QFileInfo fi(r.recordingPath);
        rec_ = fi.exists() ? tr("%1 (%2)").arg(r.recordingPath.toHtmlEscaped(),
                                               QLocale().formattedDataSize(fi.size()))
               : !m_fetchNote.isEmpty()
                   ? tr("%1 <i>(%2)</i>")
                         .arg(r.recordingPath.toHtmlEscaped(), m_fetchNote.toHtmlEscaped())
                   : tr("%1 <i>(deleted)</i>").arg(r.recordingPath.toHtmlEscaped());
    }
    m_header->setText(
        tr("<b>%1 → %2</b> · %3<br/>agent %4 · started %5 · %6<br/>%7: %8<br/>Twilio price: "
           "%9<br/>recording: %10")
            .arg(r.from.toHtmlEscaped(), r.to.toHtmlEscaped(),
                 Format::direction(r.direction).toHtmlEscaped(),
                 m_agentNames.value(r.agentId, r.agentId).toHtmlEscaped(),
                 QLocale().toString(r.startedAt, QLocale::ShortFormat),
                 bridge::formatDuration(r.durationMs), HistoryModel::outcomeText(r),
                 r.endReason.toHtmlEscaped(),
                 r.price.isEmpty() ? tr("not known yet")
                                   : Format::twilioPrice(r.price).toHtmlEscaped())
            .arg(rec_) +
        tr("<br/><small>%1</small>").arg(r.callSid.toHtmlEscaped()));

    const QJsonObject &m = rec.metrics;
    const auto ms = [&](const char *key) {
        return Format::ms(m.value(QLatin1String(key)).toInteger(-1));
    };
    // Which alarms, not only how many (issue 18 #4); each one a link to its moment.
    QStringList alarmLinks;
    for (const AlarmMark &a : Format::alarms(rec.events))
        alarmLinks << QStringLiteral("<a href=\"seek:%1\" title=\"%2\">%3 (%4)</a>")
                          .arg(a.offsetMs)
                          .arg(a.detail.toHtmlEscaped(), a.name.toHtmlEscaped(),
                               bridge::formatDuration(a.offsetMs));
    m_figures->setText(
        tr("<b>Figures</b><br/>turns %1 · latency p50 %2, p90 %3<br/>barge-ins "
           "%4 · last time-to-yield %5<br/>alarms: %6<br/>jitter p99 %7<br/>"
           "formats %8%9")
            .arg(m.value(u"turns").toInt())
            .arg(ms("turnLatencyP50Ms"), ms("turnLatencyP90Ms"))
            .arg(m.value(u"bargeIns").toInt())
            .arg(ms("lastTimeToYieldMs"))
            .arg(alarmLinks.isEmpty() ? Format::alarmList({})
                                      : alarmLinks.join(QStringLiteral(" · ")))
            .arg(tr("%1 ms").arg(
                QLocale().toString(m.value(u"inboundJitterP99Ms").toDouble(), 'f', 1)))
            .arg(m.value(u"agentFormats").toString().toHtmlEscaped(),
                 m.value(u"conversion").toString().isEmpty() ? QString() : tr(" (converted)")));

    // ElevenLabs' post-call data (issue 6 §8).
    const elevenlabs::PostCallData &pc = rec.postCall;
    if (pc.conversationId.isEmpty()) {
        m_postCall->setText(
            r.conversationId.isEmpty()
                ? tr("<b>ElevenLabs</b><br/><i>no conversation</i>")
                : tr("<b>ElevenLabs</b> %1<br/><i>no post-call data received (set the "
                     "post-call webhook in the ElevenLabs agent to <code>/elevenlabs/"
                     "post-call</code>)</i>")
                      .arg(r.conversationId.toHtmlEscaped()));
    } else {
        QString html = tr("<b>ElevenLabs</b> %1<br/>outcome: <b>%2</b> · %3 s · cost %4<br/>")
                           .arg(pc.conversationId.toHtmlEscaped(),
                                pc.callSuccessful.isEmpty() ? pc.status.toHtmlEscaped()
                                                            : pc.callSuccessful.toHtmlEscaped())
                           .arg(pc.durationSecs)
                           .arg(Format::credits(pc.cost));
        if (!pc.terminationReason.isEmpty())
            html += tr("ended: %1<br/>").arg(pc.terminationReason.toHtmlEscaped());
        if (!pc.summary.isEmpty())
            html += tr("summary: %1<br/>").arg(pc.summary.toHtmlEscaped());
        const QJsonObject analysis = pc.raw.value(u"analysis").toObject();
        const QJsonObject collected = analysis.value(u"data_collection_results").toObject();
        for (auto it = collected.begin(); it != collected.end(); ++it)
            html += tr("%1 = %2<br/>")
                        .arg(it.key().toHtmlEscaped(), it.value()
                                                           .toObject()
                                                           .value(u"value")
                                                           .toVariant()
                                                           .toString()
                                                           .toHtmlEscaped());
        const QJsonObject criteria = analysis.value(u"evaluation_criteria_results").toObject();
        for (auto it = criteria.begin(); it != criteria.end(); ++it)
            html += tr("%1: %2<br/>")
                        .arg(it.key().toHtmlEscaped(),
                             it.value().toObject().value(u"result").toString().toHtmlEscaped());
        m_postCall->setText(html);
    }

    m_lines->setLines(rec.transcript);
    QList<OverviewWidget::Marker> markers;
    for (const bridge::CallEvent &e : rec.events)
        if (e.kind == u"barge-in" || e.kind == u"alarm")
            markers.append({e.offsetMs, e.kind == u"alarm", e.text});
    m_overview->setMarkers(markers);
    m_overview->setOverview({});
    m_solo = Solo::Both;
    {
        const QSignalBlocker block(m_soloBox);
        m_soloBox->setCurrentIndex(0);
    }
    m_soloDir.reset();
    m_player->stop();
    m_player->setSource({});
    if (!r.recordingPath.isEmpty() && QFileInfo::exists(r.recordingPath)) {
        loadSource(r.recordingPath, 0, false);
        // The overview: computed once per recording and cached (issue 8 §4), off this thread.
        QPointer<ReviewPane> self = this;
        const QString path = r.recordingPath;
        const qint64 row = r.rowId;
        QThreadPool::globalInstance()->start([self, path, row] {
            audio::Overview o;
            audio::loadOverview(path, overviewCacheDir(), o);
            QMetaObject::invokeMethod(qApp, [self, o, row] {
                if (!self || self->m_record.row.rowId != row)
                    return;
                self->m_overview->setOverview(o);
                self->onPosition(self->m_player->position()); // shows the total time too
                emit self->overviewReady();
            });
        });
    }
    emit recordLoaded(r.rowId);
}

void ReviewPane::loadSource(const QString &path, qint64 atMs, bool play)
{
    m_pendingSeek = atMs > 0 ? atMs : -1;
    m_pendingPlay = play;
    m_player->setSource(QUrl::fromLocalFile(path));
}

void ReviewPane::togglePlay()
{
    if (m_player->source().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void ReviewPane::seek(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_pendingSeek = ms;
    } else {
        if (m_player->playbackState() == QMediaPlayer::StoppedState)
            m_player->pause(); // after the end of media: cue again so the seek is honoured
        m_player->setPosition(ms);
        // Qt 6.4's gstreamer backend drops a seek made before the pipeline has prerolled
        // (right after loading or pausing); repeat it until the position reports it.
        m_seekTarget = ms;
        m_seekTries = 0;
        m_seekRetry.start();
    }
    onPosition(ms); // show it at once, even before the backend reports
}

void ReviewPane::seekBy(qint64 deltaMs)
{
    const qint64 duration = std::max(m_player->duration(), m_overview->durationMs());
    seek(std::clamp<qint64>(m_player->position() + deltaMs, 0, std::max<qint64>(0, duration)));
}

void ReviewPane::setSpeed(double rate)
{
    m_player->setPlaybackRate(rate);
    const int i = m_speed->findData(rate);
    if (i >= 0 && i != m_speed->currentIndex()) {
        const QSignalBlocker block(m_speed);
        m_speed->setCurrentIndex(i);
    }
}

void ReviewPane::setSolo(Solo solo)
{
    if (solo == m_solo || m_record.row.recordingPath.isEmpty())
        return;
    m_solo = solo;
    {
        const QSignalBlocker block(m_soloBox);
        m_soloBox->setCurrentIndex(m_soloBox->findData(int(solo)));
    }
    const qint64 at = m_player->position();
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    if (solo == Solo::Both) {
        loadSource(m_record.row.recordingPath, at, playing);
        return;
    }
    // One side only: a copy with the other channel silent (QMediaPlayer has no channel
    // mixer), made once per call in a temporary folder, off the GUI thread.
    if (!m_soloDir)
        m_soloDir = std::make_unique<QTemporaryDir>();
    const QString out = m_soloDir->filePath(solo == Solo::Caller ? QStringLiteral("caller.wav")
                                                                 : QStringLiteral("agent.wav"));
    if (QFileInfo::exists(out)) {
        loadSource(out, at, playing);
        return;
    }
    QPointer<ReviewPane> self = this;
    const QString in = m_record.row.recordingPath;
    const int keep = solo == Solo::Caller ? 0 : 1;
    QThreadPool::globalInstance()->start([self, in, out, keep, at, playing, solo] {
        audio::PcmBuffer pcm;
        QString error;
        if (audio::readAudioFile(in, pcm, &error) && pcm.channels == 2) {
            for (std::size_t i = std::size_t(1 - keep); i < pcm.samples.size(); i += 2)
                pcm.samples[i] = 0;
            QSaveFile f(out);
            if (f.open(QIODevice::WriteOnly))
                f.write(audio::encodeWav(pcm.samples, pcm.sampleRate, 2));
            if (!f.commit())
                error = f.errorString();
        }
        QMetaObject::invokeMethod(qApp, [self, out, at, playing, solo, error] {
            if (!self || self->m_solo != solo)
                return;
            if (!error.isEmpty())
                self->m_time->setText(tr("Cannot play one side: %1").arg(error));
            else
                self->loadSource(out, at, playing);
        });
    });
}

void ReviewPane::onPosition(qint64 ms)
{

    m_overview->setPosition(ms);
    const qint64 total = std::max(m_player->duration(), m_overview->durationMs());
    m_time->setText(
        QStringLiteral("%1 / %2").arg(bridge::formatOffset(ms), bridge::formatOffset(total)));
    const int row = m_lines->setPosition(ms);
    if (row >= 0 && m_player->playbackState() == QMediaPlayer::PlayingState)
        m_transcript->scrollTo(m_lines->index(row));
}

void ReviewPane::chooseExport(int kind)
{
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
        (m_record.row.callSid.isEmpty() ? QStringLiteral("call") : m_record.row.callSid);
    QString path;
    switch (kind) {
    case 0:
        path = QFileDialog::getSaveFileName(this, tr("Export recording"), base + ".wav",
                                            tr("WAV audio (*.wav)"));
        if (!path.isEmpty())
            exportRecording(path);
        break;
    case 1:
        path = QFileDialog::getSaveFileName(this, tr("Export transcript"), base + ".txt",
                                            tr("Text (*.txt);;JSON (*.json)"));
        if (!path.isEmpty())
            exportTranscript(path);
        break;
    default:
        path = QFileDialog::getSaveFileName(this, tr("Export incident bundle"),
                                            base + "-incident.zip", tr("Zip archive (*.zip)"));
        if (!path.isEmpty())
            exportBundle(path);
        break;
    }
}

void ReviewPane::setKeyScope(QWidget *scope)
{
    qDeleteAll(m_keys);
    m_keys.clear();
    // Keys (issue 8 §4): Space play/pause, ←/→ ±5 s anywhere in `scope` — the whole history
    // window, so they work right after a call is picked in the list (issue 18 #5). A line
    // edit with focus keeps its own Space and arrows (it overrides shortcuts it handles).
    const auto key = [this, scope](QKeySequence seq, auto fn) {
        auto *s = new QShortcut(seq, scope, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
        m_keys << s;
    };
    key(QKeySequence(Qt::Key_Space), [this] {
        // A focused button or list box keeps its own Space (keyboard use of the window).
        QWidget *f = QApplication::focusWidget();
        if (auto *b = qobject_cast<QAbstractButton *>(f)) {
            b->click();
            return;
        }
        if (auto *c = qobject_cast<QComboBox *>(f)) {
            c->showPopup();
            return;
        }
        togglePlay();
    });
    key(QKeySequence(Qt::Key_Left), [this] { seekBy(-5000); });
    key(QKeySequence(Qt::Key_Right), [this] { seekBy(5000); });
    // Not Ctrl+R: that is Refresh on GNOME (QKeySequence::Refresh in the history window).
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { m_replay->click(); });
}

QString ReviewPane::exportStatusText() const
{
    return m_exportStatus->text();
}

void ReviewPane::showExportResult(const QString &path, const QString &error)
{
    const QString file = QDir::toNativeSeparators(path).toHtmlEscaped();
    if (error.isEmpty()) {
        const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
        m_exportStatus->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_exportStatus->setText(tr("✓ Exported to %1 &nbsp; <a href=\"%2\">Open folder</a>")
                                    .arg(file, folder.toString().toHtmlEscaped()));
        m_exportStatus->setVisible(true);
        return;
    }
    m_exportStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_exportStatus->setText(tr("✗ Not exported: %1").arg(error.toHtmlEscaped()));
    m_exportStatus->setVisible(true);
    // Window-modal and not blocking: the export ran in the background, the pane goes on.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                        tr("Nothing was written to %1.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportFailed"));
    box->setInformativeText(
        tr("%1\n\nChoose a folder you can write to and export again.").arg(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReviewPane::runInBackground(const QString &path, std::function<QString()> work)
{
    QPointer<ReviewPane> self = this;
    QThreadPool::globalInstance()->start([self, path, work = std::move(work)] {
        const QString error = work();
        QMetaObject::invokeMethod(qApp, [self, path, error] {
            if (self)
                emit self->exported(path, error);
        });
    });
}

namespace {
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return ReviewPane::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}
} // namespace

void ReviewPane::exportRecording(const QString &path)
{
    const QString from = m_record.row.recordingPath;
    runInBackground(path, [from, path]() -> QString {
        QFile in(from);
        if (from.isEmpty() || !in.open(QIODevice::ReadOnly))
            return tr("the call has no recording to export (%1)").arg(from);
        return writeBytes(path, in.readAll());
    });
}

void ReviewPane::exportTranscript(const QString &path)
{
    const store::CallRecord rec = m_record;
    runInBackground(path, [rec, path] {
        return writeBytes(path, path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                                    ? store::transcriptJson(rec)
                                    : store::transcriptText(rec).toUtf8());
    });
}

void ReviewPane::exportBundle(const QString &path)
{
    const store::CallRecord rec = m_record;
    runInBackground(path, [rec, path] {
        QString error;
        store::writeIncidentBundle(rec, path, &error);
        return error;
    });
}

} // namespace patchline::ui
