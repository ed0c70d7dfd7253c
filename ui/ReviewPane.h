#pragma once

#include <functional>

#include "audio/Overview.h"
#include "store/History.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAudioOutput;
class QComboBox;
class QLabel;
class QListView;
class QMediaPlayer;
class QShortcut;
class QToolButton;

namespace patchline::store {
class Storage;
}

namespace patchline::ui {

class OverviewWidget;

/// The transcript of a recorded call, with the line being spoken highlighted (review).
class ReviewTranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setLines(const QList<bridge::TranscriptLine> &lines);
    /// Highlights the line spoken at `ms` (the last one starting at or before it); returns
    /// its row or -1.
    int setPosition(qint64 ms);
    int currentRow() const { return m_current; }
    const QList<bridge::TranscriptLine> &lines() const { return m_lines; }
    /// Marks rows that differ from the other call in a comparison (a tinted background and
    /// DifferentRole true).
    void setDifferent(const QSet<int> &rows);
    enum Role { DifferentRole = Qt::UserRole + 40 };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<bridge::TranscriptLine> m_lines;
    int m_current = -1;
    QSet<int> m_different;
};

/// Review of one recorded call (issue 8 §4, §5; issue 6 §8): what the call was and how it
/// ended, ElevenLabs' post-call data (success, summary, data collection, cost), our figures,
/// a full-call waveform overview (cached) with barge-ins and alarms marked and a draggable
/// playhead, playback (QMediaPlayer + QAudioOutput: Space play/pause, ←/→ ±5 s, speed
/// 0.5–2×, caller only / agent only / both), and the transcript following the audio —
/// click a line to seek to it. Exports: the recording, the transcript (text or JSON) and
/// the incident bundle, written off the GUI thread. Reads the store only through
/// store::Storage (the storage thread). GUI thread only.
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    enum class Solo { Both, Caller, Agent };

    explicit ReviewPane(store::Storage *storage, QWidget *parent = nullptr);
    ~ReviewPane() override;

    /// Loads call `rowId` from the store; recordLoaded() follows.
    void showCall(qint64 rowId);
    /// Shows no call (the list's selection is gone, e.g. a search with no matches).
    void clear();
    const store::CallRecord &record() const { return m_record; }

    void togglePlay();
    void seek(qint64 ms);
    void seekBy(qint64 deltaMs);
    void setSpeed(double rate);
    void setSolo(Solo solo);
    Solo solo() const { return m_solo; }

    /// Writes a copy of the recording / the transcript (.json → JSON, else text) / the
    /// incident bundle to `path` in the background; exported(path, error) follows.
    void exportRecording(const QString &path);
    void exportTranscript(const QString &path);
    void exportBundle(const QString &path);

    QMediaPlayer *player() const { return m_player; }
    ReviewTranscriptModel *transcriptModel() const { return m_lines; }
    QListView *transcriptView() const { return m_transcript; }
    OverviewWidget *overview() const { return m_overview; }
    QString headerText() const;
    QString postCallText() const;
    /// The line under the controls that says where the last export went or why it failed
    /// (rich text; empty before the first export).
    QString exportStatusText() const;
    /// Where Space, ←/→ and Ctrl+Shift+R work: the pane itself (default) or a window around
    /// it, so the keys work while another part of that window has focus.
    void setKeyScope(QWidget *scope);
    /// Agent names by id: the header names the agent (its id in the tooltip).
    void setAgentNames(const QHash<QString, QString> &names) { m_agentNames = names; }
    /// Fetches the recording of a call another node held (engine::Engine::fetchRecording);
    /// without one, such a recording shows as not here.
    using RecordingFetcher =
        std::function<void(const QString &node, const QString &path, QObject *context,
                           std::function<void(const QString &local, const QString &error)> done)>;
    void setRecordingFetcher(RecordingFetcher fetcher) { m_fetcher = std::move(fetcher); }

signals:
    void recordLoaded(qint64 rowId);
    /// The overview of the recording is ready (computed or from the cache).
    void overviewReady();
    void exported(const QString &path, const QString &error);
    /// The operator asked to replay this call's caller track to its agent (Ctrl+Shift+R;
    /// engine::Engine::startReplay): the recording, the agent, the original CallSid.
    void replayRequested(const QString &recordingPath, const QString &agentId,
                         const QString &callSid);

private:
    void onRecord(const store::CallRecord &record);
    void loadSource(const QString &path, qint64 atMs, bool play);
    void onPosition(qint64 ms);
    void chooseExport(int kind);
    void showExportResult(const QString &path, const QString &error);
    void runInBackground(const QString &path,
                         std::function<QString()> work); ///< work returns an error or empty

    store::Storage *m_storage;
    store::CallRecord m_record;
    qint64 m_wantedRow = 0;
    QLabel *m_header;
    QLabel *m_postCall;
    QLabel *m_figures;
    OverviewWidget *m_overview;
    QToolButton *m_play;
    QLabel *m_time;
    QComboBox *m_speed;
    QComboBox *m_soloBox;
    QToolButton *m_export;
    QToolButton *m_replay;
    QListView *m_transcript;
    ReviewTranscriptModel *m_lines;
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QLabel *m_exportStatus;
    QList<QShortcut *> m_keys;
    QHash<QString, QString> m_agentNames;
    RecordingFetcher m_fetcher;
    QString m_fetchNote;         ///< why the shown call's recording is not here (yet)
    qint64 m_fetchFailedRow = 0; ///< the call whose fetch failed (not tried again on redisplay)
    Solo m_solo = Solo::Both;
    std::unique_ptr<QTemporaryDir> m_soloDir; ///< caller-only / agent-only copies
    qint64 m_pendingSeek = -1;
    qint64 m_seekTarget = -1; ///< a seek not yet confirmed by the backend
    int m_seekTries = 0;
    QTimer m_seekRetry;
    bool m_pendingPlay = false;
};

} // namespace patchline::ui
