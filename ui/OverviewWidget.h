#pragma once

#include "audio/Overview.h"

#include <QList>
#include <QWidget>

namespace patchline::ui {

/// The full-call waveform of the review pane (issue 8 §4): caller lane above, agent lane
/// below, one column per pixel (the loudest 20 ms block under it), markers for barge-ins
/// (red) and alarms (amber), and a playhead. Click or drag to seek: seekRequested(ms).
/// Left/Right arrows seek ±5 s when it has focus. GUI thread only; paints from the cached
/// overview without allocating.
class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    struct Marker
    {
        qint64 ms = 0;
        bool alarm = false; ///< else a barge-in
        QString text;
    };

    explicit OverviewWidget(QWidget *parent = nullptr);

    void setOverview(const audio::Overview &overview);
    void setMarkers(const QList<Marker> &markers);
    void setPosition(qint64 ms);
    qint64 position() const { return m_positionMs; }
    qint64 durationMs() const { return m_overview.durationMs; }
    const QList<Marker> &markers() const { return m_markers; }
    /// The x coordinate of `ms` on the widget.
    int xFor(qint64 ms) const;

    QSize sizeHint() const override { return {600, 90}; }

    /// The markers within 4 px of x = `x`: "m:ss  alarm: text", one per line (the tooltip).
    QString markerTextAt(int x) const;

signals:
    void seekRequested(qint64 ms);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 msAt(int x) const;

    audio::Overview m_overview;
    QList<Marker> m_markers;
    qint64 m_positionMs = 0;
};

} // namespace patchline::ui
