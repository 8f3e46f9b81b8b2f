#pragma once
// The console's look on top of Fusion: control boundaries that stand out from the window
// (WCAG 1.4.11: at least 3:1 in light and dark), disabled controls that look disabled, and a
// focus indicator that is always drawn, on controls and on the current cell of a table.

#include <QProxyStyle>

namespace wedsync {

class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ConsoleStyle(QStyle *base = nullptr);

    // The boundary of a text field, check box or button: the first mix of window text into
    // the window that reaches 3.2:1 against the window (dimmer when disabled).
    static QColor boundaryColor(const QPalette &palette, bool enabled = true);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void drawBoundary(const QStyleOption *option, QPainter *painter, bool round) const;
};

} // namespace wedsync
