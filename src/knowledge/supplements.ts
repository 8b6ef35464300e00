/** What the evidence says about each ingredient of the supplement the source article promotes, and who should avoid it; no product is named or recommended. */
import type { Supplement } from './schema.js';

export const SUPPLEMENTS: readonly Supplement[] = [
  {
    id: 'turmeric_curcumin',
    name: 'Turmeric (curcumin)',
    whatItIs:
      'Turmeric is a yellow spice made from a root. Curcumin is the main active part of it. Supplements sell it as powder or as an extract.',
    evidenceForBackPain:
      'No trial has tested turmeric or curcumin for back pain. One trial in knee arthritis (osteoarthritis) found less knee pain than with a dummy pill (placebo) after 8 weeks. That trial had links to the company that makes the extract. Back pain guidelines do not recommend it.',
    certainty: 'very_low',
    avoidIf: [
      'You have liver disease, or had liver trouble from a medicine or supplement. In rare cases, turmeric has hurt the liver. One person died.',
      'You have gallstones or a blocked bile duct.',
      'You take a blood thinner or a medicine to stop blood clots (anticoagulant or antiplatelet). It may add to the risk of bleeding.',
      'You take medicines where the dose must be just right, such as transplant or cancer medicines. Curcumin can change how the body handles some drugs. Ask a pharmacist.',
      'You are pregnant or breast-feeding. Supplement doses have not been shown to be safe.',
      'You have low iron (anaemia). One report linked it to taking up less iron.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['lopresti_2022', 'halegoua_2023', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'boswellia',
    name: 'Boswellia (Indian frankincense)',
    whatItIs:
      'Boswellia is a gum (resin) from a tree that grows in India (Boswellia serrata). It is sold as an extract.',
    evidenceForBackPain:
      'No trial has tested boswellia for back pain. In trials in knee arthritis (osteoarthritis), people who took it had a little less pain, about 8 points on a 100-point scale. Some of these trials were small. Back pain guidelines do not recommend it.',
    certainty: 'very_low',
    avoidIf: [
      'You take medicines every day. Little is known about how boswellia mixes with them. Ask a pharmacist first.',
      'You have stomach problems. It can cause an upset stomach.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['yu_2020', 'cameron_2014', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'white_willow_bark',
    name: 'White willow bark',
    whatItIs:
      'The bark of the white willow tree (Salix alba). It contains salicin, which the body turns into a close cousin of aspirin (salicylic acid).',
    evidenceForBackPain:
      'A review of herbal medicines (Cochrane 2014) found that willow bark probably eased long-term low back pain a little more than a dummy pill (placebo). This was for a short time. People also needed fewer extra painkillers. There were only a few trials, and they were short. A daily trial dose can give more of an aspirin-like drug than a low-dose aspirin. Back pain guidelines do not advise it.',
    certainty: 'moderate',
    avoidIf: [
      'You are allergic to aspirin or painkillers like it (NSAIDs such as ibuprofen). Or your asthma gets worse with aspirin.',
      'Children and teens should not take it. Medicines like aspirin can cause a rare, serious illness in young people (Reye syndrome).',
      'You are pregnant or breast-feeding.',
      'You take a blood thinner or a medicine to stop blood clots, including daily aspirin (anticoagulant or antiplatelet). It adds to the risk of bleeding.',
      'You already take aspirin or painkillers like ibuprofen (NSAIDs). It adds to them. That makes bleeding in the stomach more likely.',
      'You have a stomach ulcer, or have had one.',
      'You have kidney disease.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['oltean_2014', 'oketch_rabah_2019', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'benfotiamine',
    name: 'Benfotiamine (a form of vitamin B1)',
    whatItIs: 'A form of vitamin B1 (thiamine) that is made in a lab.',
    evidenceForBackPain:
      'No trial has tested benfotiamine on its own for back pain. In trials for sudden low back pain, B vitamins (B1, B6 and B12) were added to a painkiller (diclofenac). This helped more people feel better in 3 days. It does not show that benfotiamine alone helps. Back pain guidelines do not advise it.',
    certainty: 'very_low',
    avoidIf: [
      'You take regular medicines. Little is known about how it mixes with them, so ask a pharmacist first.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['mibielli_2009', 'calderon_ospina_2020', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'collagen',
    name: 'Collagen',
    whatItIs:
      'Collagen is a protein found in skin, bone and joints. Supplements are made from parts of animals, such as cows, fish or chickens. It is often broken into small bits (peptides).',
    evidenceForBackPain:
      'No trial has tested collagen for back pain. A review of 4 small trials in knee wear (osteoarthritis) found less pain. But all the trials had flaws, so the result may not hold. Back pain guidelines do not advise it.',
    certainty: 'very_low',
    avoidIf: [
      'You are allergic to fish, beef (bovine), chicken or egg. Check the label for what the collagen is made from.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['collagen_2023', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'glucosamine',
    name: 'Glucosamine',
    whatItIs:
      'Glucosamine is found in the smooth lining of joints (cartilage). Supplements are often made from the shells of shellfish. Some are made without shellfish.',
    evidenceForBackPain:
      'A good trial tested it in 250 people with long-term low back pain and wear in the spine joints (degenerative lumbar osteoarthritis). After 6 months, and after 1 year, it worked no better than a dummy pill (placebo). Back pain guidelines do not advise it.',
    certainty: 'high_no_benefit',
    avoidIf: [
      'You take warfarin or a similar blood thinner (coumarin). There are many reports of it raising blood thinning test results (INR), some with bleeding. UK advice is not to take the two together.',
      'You take a medicine to stop blood clots (antiplatelet). Ask a pharmacist first.',
      'You have a shellfish allergy. Advice differs: licensed products say do not take it, but some products are not made from shellfish. Ask a pharmacist.',
      'You have diabetes. Check your blood sugar more often if you start it.',
      'You take some cancer medicines (doxorubicin, etoposide or teniposide). It may in theory affect how they work.',
      'You are due to have an operation. It is common advice to stop supplements before one.',
    ],
    sources: ['wilkens_2010', 'efsa_glucosamine', 'nice_ng59', 'qaseem_2017'],
  },
];

/** Shown with the supplement list: why single-ingredient evidence says little about a mixed product. */
export const SUPPLEMENT_NOTE: string =
  'No trial has tested any product that mixes these ingredients. The dose of each one in such products is often not known, so results from single-ingredient trials may not apply. Back pain guidelines do not recommend any of them. Have the cause of your pain checked first. Before you take any supplement, ask a pharmacist whether it is safe with your medicines and health conditions.';
