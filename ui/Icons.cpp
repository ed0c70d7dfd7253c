#include "ui/Icons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>

namespace patchline::ui {

namespace {

/// A telephone handset on the 24-unit grid, lying with its earpiece up-left.
QPainterPath handset()
{
    QPainterPath p;
    p.moveTo(6.6, 3.5);
    p.lineTo(9.2, 6.1);
    p.quadTo(9.8, 6.9, 9.1, 7.7);
    p.lineTo(7.6, 9.2);
    p.quadTo(9.6, 13.4, 14.8, 16.4);
    p.lineTo(16.3, 14.9);
    p.quadTo(17.1, 14.2, 17.9, 14.8);
    p.lineTo(20.5, 17.4);
    p.quadTo(21.1, 18.2, 20.4, 18.9);
    p.lineTo(18.6, 20.6);
    p.quadTo(17.4, 21.6, 15.6, 20.9);
    p.quadTo(7.6, 17.6, 3.2, 8.4);
    p.quadTo(2.5, 6.6, 3.4, 5.4);
    p.lineTo(5.1, 3.6);
    p.quadTo(5.8, 2.9, 6.6, 3.5);
    p.closeSubpath();
    return p;
}

void paint(QPainter &g, Icons::Kind kind, const QColor &ink)
{
    using K = Icons::Kind;
    QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    g.setPen(pen);
    g.setBrush(Qt::NoBrush);
    switch (kind) {
    case K::Dial:
        g.setBrush(QColor(0x2e, 0x7d, 0x32));
        g.setPen(Qt::NoPen);
        g.drawPath(handset());
        break;
    case K::NewCall:
        g.setBrush(ink);
        g.setPen(Qt::NoPen);
        g.drawPath(handset());
        g.setPen(pen);
        g.drawLine(QPointF(18, 3), QPointF(18, 10));
        g.drawLine(QPointF(14.5, 6.5), QPointF(21.5, 6.5));
        break;
    case K::EndCall: {
        g.setBrush(QColor(0xc6, 0x28, 0x28));
        g.setPen(Qt::NoPen);
        g.translate(12, 13);
        g.rotate(135);
        g.translate(-12, -12);
        g.drawPath(handset());
        break;
    }
    case K::TestAgent:
        g.drawRoundedRect(QRectF(9, 2.5, 6, 11), 3, 3);
        g.drawArc(QRectF(5.5, 6, 13, 11), 180 * 16, 180 * 16);
        g.drawLine(QPointF(12, 17), QPointF(12, 21));
        g.drawLine(QPointF(8.5, 21), QPointF(15.5, 21));
        break;
    case K::Mute: {
        QPolygonF speaker;
        speaker << QPointF(3, 9) << QPointF(7, 9) << QPointF(12, 4.5) << QPointF(12, 19.5)
                << QPointF(7, 15) << QPointF(3, 15);
        g.setBrush(ink);
        g.drawPolygon(speaker);
        g.drawLine(QPointF(15.5, 9), QPointF(21, 15));
        g.drawLine(QPointF(21, 9), QPointF(15.5, 15));
        break;
    }
    case K::Listen:
        g.drawArc(QRectF(4, 4, 16, 16), 0, 180 * 16);
        g.setBrush(ink);
        g.drawRoundedRect(QRectF(3.5, 12.5, 4.5, 7.5), 1.5, 1.5);
        g.drawRoundedRect(QRectF(16, 12.5, 4.5, 7.5), 1.5, 1.5);
        break;
    case K::History:
        g.drawEllipse(QRectF(3, 3, 18, 18));
        g.drawLine(QPointF(12, 7), QPointF(12, 12));
        g.drawLine(QPointF(12, 12), QPointF(15.5, 14.5));
        break;
    case K::Settings: {
        g.setBrush(ink);
        g.setPen(Qt::NoPen);
        QPainterPath gear;
        for (int i = 0; i < 8; ++i) {
            QTransform t;
            t.translate(12, 12);
            t.rotate(i * 45.0);
            gear.addPolygon(t.map(QPolygonF(QRectF(-2, -10.5, 4, 5))));
        }
        gear.addEllipse(QPointF(12, 12), 7, 7);
        gear.setFillRule(Qt::WindingFill);
        QPainterPath hole;
        hole.addEllipse(QPointF(12, 12), 3, 3);
        g.drawPath(gear.simplified().subtracted(hole));
        break;
    }
    case K::Preflight:
        g.drawEllipse(QRectF(3, 3, 18, 18));
        g.drawPolyline(QPolygonF{QPointF(7.5, 12.5), QPointF(10.5, 15.5), QPointF(16.5, 8.5)});
        break;
    case K::Wall:
        g.setBrush(ink);
        g.setPen(Qt::NoPen);
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                g.drawRoundedRect(QRectF(3.5 + c * 9, 3.5 + r * 9, 8, 8), 1.5, 1.5);
        break;
    case K::Replay:
        g.drawArc(QRectF(4, 4, 16, 16), 60 * 16, 300 * 16);
        g.setBrush(ink);
        g.setPen(Qt::NoPen);
        g.drawPolygon(QPolygonF{QPointF(15, 1.8), QPointF(20.5, 5.2), QPointF(15, 8.6)});
        break;
    }
}

} // namespace

QString Icons::themeName(Kind kind)
{
    switch (kind) {
    case Kind::Dial:
        return QStringLiteral("call-start");
    case Kind::EndCall:
        return QStringLiteral("call-stop");
    case Kind::TestAgent:
        return QStringLiteral("audio-input-microphone");
    case Kind::Mute:
        return QStringLiteral("audio-volume-muted");
    case Kind::History:
        return QStringLiteral("document-open-recent");
    case Kind::Settings:
        return QStringLiteral("preferences-system");
    case Kind::Replay:
        return QStringLiteral("media-playlist-repeat");
    case Kind::NewCall:
    case Kind::Listen:
    case Kind::Preflight:
    case Kind::Wall:
        break;
    }
    return {};
}

QIcon Icons::drawn(Kind kind)
{
    const QColor ink = QApplication::palette().color(QPalette::WindowText);
    QIcon icon;
    for (int px : {16, 22, 24, 32, 48}) {
        QPixmap pm(px, px);
        pm.fill(Qt::transparent);
        QPainter g(&pm);
        g.setRenderHint(QPainter::Antialiasing);
        g.scale(px / 24.0, px / 24.0);
        paint(g, kind, ink);
        g.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon Icons::icon(Kind kind)
{
    const QString name = themeName(kind);
    if (!name.isEmpty() && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return drawn(kind);
}

QIcon Icons::application()
{
    QIcon builtIn;
    for (int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/appicon/%1x%1/io.patchline.Patchline.png").arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("io.patchline.Patchline"), builtIn);
}

} // namespace patchline::ui
