// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

class QQmlEngine;

namespace boli::client {

/// @brief A catalogue that also finds strings of the client's namespaced C++ classes.
///
/// lupdate files `tr()` strings of `namespace boli::client { class X` under the context "X" (it
/// does not read the nested namespace syntax), while `tr()` at run time asks for
/// "boli::client::X". Looking the short name up too keeps both sides in step.
class BoliTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    [[nodiscard]] QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
};

/// @brief The language the app speaks, switchable at runtime without a restart.
///
/// Loads the compiled catalogue (`:/i18n/boli_<code>.qm`), installs it and asks the QML engine to
/// re-evaluate every qsTr() binding. Hindi ("hi") and English ("en") are shipped.
class Language : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY changed)
    Q_PROPERTY(QLocale locale READ locale NOTIFY changed)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit Language(QObject *parent = nullptr);

    /// The engine whose bindings are re-evaluated on a switch; may stay unset in tests.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    [[nodiscard]] QString code() const { return m_code; }
    /// Switches to `code`; returns false (and changes nothing) for a language not shipped.
    bool setCode(const QString &code);
    [[nodiscard]] QLocale locale() const;
    [[nodiscard]] static QStringList available();

    /// Flips between Hindi and English: the one toggle kiosks keep in view.
    Q_INVOKABLE void toggle();

Q_SIGNALS:
    void changed();

private:
    QString m_code;
    BoliTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace boli::client
