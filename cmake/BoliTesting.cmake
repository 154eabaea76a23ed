# SPDX-License-Identifier: GPL-3.0-or-later
# boli_add_test(NAME tst_x SOURCES a.cpp [LIBS ...] [DATABASE])
#   Builds one Qt Test executable and registers it with CTest. With DATABASE the test is registered
#   twice, tst_x_sqlite and tst_x_postgres; the second needs the throwaway PostgreSQL cluster that
#   the "postgres" fixture starts (tests/pgcluster.sh) and fails when it is not there.
function(boli_add_test)
    cmake_parse_arguments(ARG "DATABASE" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE boli_test_common Qt6::Test ${ARG_LIBS})
    set(env "QT_QPA_PLATFORM=offscreen" "BOLI_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "BOLI_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(ARG_DATABASE)
        add_test(NAME ${ARG_NAME}_sqlite COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_sqlite PROPERTIES ENVIRONMENT "${env};BOLI_TEST_DB=sqlite")
        add_test(NAME ${ARG_NAME}_postgres COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_postgres PROPERTIES
            ENVIRONMENT "${env};BOLI_TEST_DB=postgres;BOLI_TEST_PG_FILE=${BOLI_PG_URL_FILE}"
            FIXTURES_REQUIRED postgres)
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}")
    endif()
endfunction()
