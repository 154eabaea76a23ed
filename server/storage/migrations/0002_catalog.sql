-- SPDX-License-Identifier: GPL-3.0-or-later
-- Crop catalog: what can be sold, grouped into categories, with English and Hindi names.
-- Seed rows are the crops traded in Indian mandis; admins add and change them later
-- (admin.catalog.save_category, admin.catalog.save_crop). Crops are deactivated, never deleted,
-- so listings that point at them keep their meaning.

-- @all
CREATE TABLE categories (
    id {{pk}},
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
)

-- @all
CREATE TABLE crops (
    id {{pk}},
    category_id BIGINT NOT NULL REFERENCES categories(id),
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT 'quintal',
    icon TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE
)

-- @all
CREATE INDEX crops_category ON crops(category_id)

-- @all
INSERT INTO categories (code, name_en, name_hi, sort_order) VALUES
    ('oilseeds', 'Oilseeds', 'तिलहन', 10),
    ('cereals', 'Cereals', 'अनाज', 20),
    ('pulses', 'Pulses', 'दालें', 30),
    ('vegetables', 'Vegetables', 'सब्ज़ियाँ', 40),
    ('fruits', 'Fruits', 'फल', 50),
    ('spices', 'Spices', 'मसाले', 60),
    ('fibres', 'Fibre crops', 'रेशा फ़सलें', 70),
    ('others', 'Others', 'अन्य', 80)

-- @all
INSERT INTO crops (category_id, code, name_en, name_hi, icon) VALUES
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'soybean', 'Soybean', 'सोयाबीन', 'soybean'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'mustard', 'Mustard', 'सरसों', 'mustard'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'groundnut', 'Groundnut', 'मूंगफली', 'groundnut'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'sesame', 'Sesame', 'तिल', 'sesame'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'sunflower', 'Sunflower', 'सूरजमुखी', 'sunflower'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'castor', 'Castor seed', 'अरंडी', 'castor'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'linseed', 'Linseed', 'अलसी', 'linseed'),
    ((SELECT id FROM categories WHERE code = 'oilseeds'), 'copra', 'Copra', 'खोपरा', 'copra'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'wheat', 'Wheat', 'गेहूँ', 'wheat'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'paddy', 'Paddy', 'धान', 'paddy'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'maize', 'Maize', 'मक्का', 'maize'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'bajra', 'Bajra (pearl millet)', 'बाजरा', 'bajra'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'jowar', 'Jowar (sorghum)', 'ज्वार', 'jowar'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'barley', 'Barley', 'जौ', 'barley'),
    ((SELECT id FROM categories WHERE code = 'cereals'), 'ragi', 'Ragi (finger millet)', 'रागी', 'ragi'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'gram', 'Gram (chana)', 'चना', 'gram'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'tur', 'Tur (arhar)', 'अरहर', 'tur'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'moong', 'Moong', 'मूंग', 'moong'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'urad', 'Urad', 'उड़द', 'urad'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'masoor', 'Masoor', 'मसूर', 'masoor'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'rajma', 'Rajma (kidney beans)', 'राजमा', 'rajma'),
    ((SELECT id FROM categories WHERE code = 'pulses'), 'peas_dry', 'Peas (dry)', 'सूखी मटर', 'peas'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'onion', 'Onion', 'प्याज़', 'onion'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'potato', 'Potato', 'आलू', 'potato'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'tomato', 'Tomato', 'टमाटर', 'tomato'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'cauliflower', 'Cauliflower', 'फूलगोभी', 'cauliflower'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'cabbage', 'Cabbage', 'पत्तागोभी', 'cabbage'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'brinjal', 'Brinjal', 'बैंगन', 'brinjal'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'okra', 'Okra (bhindi)', 'भिंडी', 'okra'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'green_chilli', 'Green chilli', 'हरी मिर्च', 'green_chilli'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'garlic', 'Garlic', 'लहसुन', 'garlic'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'ginger', 'Ginger', 'अदरक', 'ginger'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'carrot', 'Carrot', 'गाजर', 'carrot'),
    ((SELECT id FROM categories WHERE code = 'vegetables'), 'bottle_gourd', 'Bottle gourd', 'लौकी', 'bottle_gourd'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'banana', 'Banana', 'केला', 'banana'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'mango', 'Mango', 'आम', 'mango'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'pomegranate', 'Pomegranate', 'अनार', 'pomegranate'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'apple', 'Apple', 'सेब', 'apple'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'grapes', 'Grapes', 'अंगूर', 'grapes'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'orange', 'Orange', 'संतरा', 'orange'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'papaya', 'Papaya', 'पपीता', 'papaya'),
    ((SELECT id FROM categories WHERE code = 'fruits'), 'guava', 'Guava', 'अमरूद', 'guava'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'turmeric', 'Turmeric', 'हल्दी', 'turmeric'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'coriander', 'Coriander seed', 'धनिया', 'coriander'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'cumin', 'Cumin', 'जीरा', 'cumin'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'red_chilli', 'Red chilli (dry)', 'लाल मिर्च', 'red_chilli'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'black_pepper', 'Black pepper', 'काली मिर्च', 'black_pepper'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'cardamom', 'Cardamom', 'इलायची', 'cardamom'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'fenugreek', 'Fenugreek seed', 'मेथी', 'fenugreek'),
    ((SELECT id FROM categories WHERE code = 'spices'), 'ajwain', 'Ajwain (carom seed)', 'अजवाइन', 'ajwain'),
    ((SELECT id FROM categories WHERE code = 'fibres'), 'cotton', 'Cotton (kapas)', 'कपास', 'cotton'),
    ((SELECT id FROM categories WHERE code = 'fibres'), 'jute', 'Jute', 'जूट', 'jute'),
    ((SELECT id FROM categories WHERE code = 'others'), 'sugarcane', 'Sugarcane', 'गन्ना', 'sugarcane'),
    ((SELECT id FROM categories WHERE code = 'others'), 'jaggery', 'Jaggery (gur)', 'गुड़', 'jaggery'),
    ((SELECT id FROM categories WHERE code = 'others'), 'guar_seed', 'Guar seed', 'ग्वार बीज', 'guar'),
    ((SELECT id FROM categories WHERE code = 'others'), 'isabgol', 'Isabgol (psyllium)', 'ईसबगोल', 'isabgol')
