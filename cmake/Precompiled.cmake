# Precompiled headers. Nearly every file of ours parses the same Qt and standard
# headers; parsing them once per target instead of once per file takes about a
# third off a build (measured in docs/architecture.md, "Build time").
# A header list per kind of target; -Winvalid-pch (with -Werror in CI) turns a
# header that cannot be used into an error instead of a silent slowdown.
option(CB_PCH "Precompile the common Qt and standard headers (faster builds)" ON)

set(CB_PCH_CORE
  <cstdint> <functional> <memory> <optional> <stdexcept> <vector>
  <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
  <QList> <QObject> <QString> <QStringList>)
set(CB_PCH_WIDGETS ${CB_PCH_CORE}
  <QDialog> <QDialogButtonBox> <QHBoxLayout> <QLabel> <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)
set(CB_PCH_TEST <QtTest> <QTemporaryDir> <QFile> <QDir> <QSignalSpy> ${CB_PCH_CORE})

# GCC 12 loses its system-header status for libstdc++ code that comes from a
# precompiled header: its optimiser then reports the known false positives of
# std::string's operator+ (GCC bug 105329 and kin) as if they were ours. Those
# three warnings stay on with CB_PCH=OFF and on other compilers.
if(CB_PCH AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(cb_compiler_options INTERFACE -Wno-array-bounds -Wno-stringop-overflow -Wno-restrict)
endif()

# cb_precompile(<target> CORE|WIDGETS|TEST): the target's own precompiled header.
function(cb_precompile target kind)
  if(CB_PCH)
    target_precompile_headers(${target} PRIVATE ${CB_PCH_${kind}})
  endif()
endfunction()

# cb_precompile_test(<test> <group>): test executables are one file each, so a
# header per test would cost more than it saves. The tests of one folder that
# link the same libraries (and so see the same Qt macros) share one: the first
# test of a group builds it, the others reuse it.
function(cb_precompile_test target group)
  if(NOT CB_PCH)
    return()
  endif()
  get_property(owner GLOBAL PROPERTY CB_PCH_OWNER_${group})
  if(owner)
    target_precompile_headers(${target} REUSE_FROM ${owner})
  else()
    set_property(GLOBAL PROPERTY CB_PCH_OWNER_${group} ${target})
    cb_precompile(${target} TEST)
  endif()
endfunction()
