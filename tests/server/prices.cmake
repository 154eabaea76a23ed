# SPDX-License-Identifier: GPL-3.0-or-later
# Mandi reference prices, suggestions and analytics (docs/market-prices.md).
boli_add_test(NAME tst_pricefetcher SOURCES tst_pricefetcher.cpp fakedatagov.h fakedatagov.cpp opcall.h opcall.cpp
              LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_priceimport SOURCES tst_priceimport.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_analytics SOURCES tst_analytics.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_pricesample SOURCES tst_pricesample.cpp opcall.h opcall.cpp LIBS boli_server_lib DATABASE)
boli_add_test(NAME tst_pricerows SOURCES tst_pricerows.cpp LIBS boli_server_lib)
boli_add_test(NAME tst_priceconfig SOURCES tst_priceconfig.cpp LIBS boli_server_lib)
