#include "common/ConsoleStyle.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace wedsync {

namespace {

double channel(double value)
{
    value /= 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green())
        + 0.0722 * channel(rgb.blue());
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

// Two pixels of solid colour just inside `rect`: the focus, seen at a glance in both themes.
void drawRing(QPainter *painter, const QRect &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(color, 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

bool hasFocus(const QStyleOption *option)
{
    return option->state.testFlag(QStyle::State_HasFocus)
        && option->state.testFlag(QStyle::State_Enabled);
}

} // namespace

ConsoleStyle::ConsoleStyle(QStyle *base)
    : QProxyStyle(base)
{ }

double ConsoleStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ConsoleStyle::boundaryColor(const QPalette &palette, bool enabled)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    // Disabled: present but quiet, so that it reads as "not now" next to an enabled field.
    const double wanted = enabled ? 3.2 : 1.7;
    for (double amount = 0.2; amount < 1.0; amount += 0.02) {
        const QColor candidate = mix(window, text, amount);
        if (contrastRatio(candidate, window) >= wanted)
            return candidate;
    }
    return text;
}

void ConsoleStyle::drawBoundary(const QStyleOption *option, QPainter *painter, bool round) const
{
    const bool enabled = option->state.testFlag(State_Enabled);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    const QRect rect = option->rect.adjusted(0, 0, -1, -1);
    if (hasFocus(option)) {
        drawRing(painter, option->rect,
                 option->palette.color(QPalette::Active, QPalette::Highlight));
    } else {
        painter->setPen(boundaryColor(option->palette, enabled));
        if (round) {
            // Thicker than a hairline: smoothing a 1-pixel circle would halve its contrast.
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(boundaryColor(option->palette, enabled), 1.8));
            painter->drawEllipse(QRectF(rect).adjusted(1, 1, -1, -1));
        } else {
            painter->drawRect(rect);
        }
    }
    painter->restore();
}

void ConsoleStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    // A list, table or text area draws its focus on its frame, which Qt does not repaint
    // when the focus comes or goes.
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->installEventFilter(this);
}

void ConsoleStyle::unpolish(QWidget *widget)
{
    if (qobject_cast<QAbstractScrollArea *>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool ConsoleStyle::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (watched->isWidgetType())
            static_cast<QWidget *>(watched)->update();
    }
    return QProxyStyle::eventFilter(watched, event);
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect: {
        // Fusion draws a faint frame and only after a Tab; ours is always there and strong,
        // light on a selected (highlighted) cell, highlight elsewhere.
        const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
        const QColor highlight = option->palette.color(QPalette::Active, QPalette::Highlight);
        const bool onHighlight = focus && focus->backgroundColor.isValid()
            && focus->backgroundColor.rgb() == highlight.rgb();
        const bool inView = qobject_cast<const QAbstractItemView *>(widget) != nullptr;
        drawRing(painter, option->rect,
                 onHighlight || (inView && option->state.testFlag(State_Selected))
                     ? option->palette.color(QPalette::Active, QPalette::HighlightedText)
                     : highlight);
        return;
    }
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawBoundary(option, painter, false);
        return;
    case PE_Frame:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (hasFocus(option) && qobject_cast<const QAbstractScrollArea *>(widget))
            drawRing(painter, option->rect,
                     option->palette.color(QPalette::Active, QPalette::Highlight));
        return;
    case PE_IndicatorCheckBox:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawBoundary(option, painter, false);
        return;
    case PE_IndicatorRadioButton: {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawBoundary(option, painter, true);
        if (option->state.testFlag(State_On)) {
            // A dot in the text colour, large enough to see in the dark theme.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(Qt::NoPen);
            painter->setBrush(option->palette.color(
                option->state.testFlag(State_Enabled) ? QPalette::Active : QPalette::Disabled,
                QPalette::Text));
            const QRectF dot = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
            const qreal inset = dot.width() * 0.28;
            painter->drawEllipse(dot.adjusted(inset, inset, -inset, -inset));
            painter->restore();
        }
        return;
    }
    case PE_PanelButtonCommand:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawBoundary(option, painter, false);
        return;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ConsoleStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                      QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox)
        drawBoundary(option, painter, false);
}

} // namespace wedsync
