#pragma once

#include <QWidget>

namespace patchline::ui {

class CallListModel;

/// The multi-call wall (issue 4 §5): one compact tile per live call — state, numbers,
/// duration, a mini two-lane waveform of the last seconds, the last transcript line and
/// the active alarms (red) — in a grid that reflows with the width. Click a tile to open
/// that call. One widget paints every tile from CallListModel's level rings (no child
/// widgets, no per-tile objects), so 50 live calls cost one paint per update. GUI thread.
class CallWall : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTileWidth = 260;
    static constexpr int kTileHeight = 118;

    explicit CallWall(CallListModel *calls, QWidget *parent = nullptr);

    /// The live calls shown, in tile order.
    QList<quint64> tileCalls() const;
    /// The tile rectangle of the i-th call.
    QRect tileRect(int i) const;

    QSize sizeHint() const override { return {3 * kTileWidth + 40, 2 * kTileHeight + 30}; }

signals:
    void callClicked(quint64 callId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int columns() const;
    CallListModel *m_calls;
};

} // namespace patchline::ui
