/**
 * Every source a number or a statement in the knowledge base rests on: published studies,
 * guidelines, and Stride's own expert estimates (each with its one-line rationale).
 */
import type { Source } from './schema.js';

const studies: Source[] = [
  {
    id: 'suri_2010',
    kind: 'study',
    citation:
      'Suri P, Rainville J, Kalichman L, Katz JN. Does this older adult with lower extremity pain have the clinical syndrome of lumbar spinal stenosis? JAMA 2010;304:2628-36.',
  },
  {
    id: 'katz_1995',
    kind: 'study',
    citation:
      'Katz JN, Dalgas M, Stucki G, et al. Degenerative lumbar spinal stenosis: diagnostic value of the history and physical examination. Arthritis Rheum 1995;38:1236-41.',
  },
  {
    id: 'konno_2007',
    kind: 'study',
    citation:
      'Konno S, Kikuchi S, Tanaka Y, et al. A diagnostic support tool for lumbar spinal stenosis: a self-administered, self-reported history questionnaire. BMC Musculoskelet Disord 2007;8:102.',
  },
  {
    id: 'jensen_2020',
    kind: 'study',
    citation:
      'Jensen RK, Jensen TS, Koes B, Hartvigsen J. Prevalence of lumbar spinal stenosis in general and clinical populations: a systematic review and meta-analysis. Eur Spine J 2020;29:2143-63.',
  },
  {
    id: 'nadeau_2013',
    kind: 'study',
    citation:
      'Nadeau M, Rosas-Arellano MP, Gurr KR, et al. The reliability of differentiating neurogenic claudication from vascular claudication based on symptomatic presentation. Can J Surg 2013;56:372-7.',
  },
  {
    id: 'leng_1992',
    kind: 'study',
    citation:
      'Leng GC, Fowkes FGR. The Edinburgh Claudication Questionnaire: an improved version of the WHO/Rose Questionnaire for use in epidemiological surveys. J Clin Epidemiol 1992;45:1101-9.',
  },
  {
    id: 'rabia_2007',
    kind: 'study',
    citation:
      'Rabia K, Khoo EM. Prevalence of peripheral arterial disease in patients with diabetes mellitus in a primary care setting (Edinburgh Claudication Questionnaire against ankle-brachial index). Asia Pac Fam Med 2007;6:1-5.',
  },
  {
    id: 'fowkes_1991',
    kind: 'study',
    citation:
      'Fowkes FG, Housley E, Cawood EH, et al. Edinburgh Artery Study: prevalence of asymptomatic and symptomatic peripheral arterial disease in the general population. Int J Epidemiol 1991;20:384-92.',
  },
  {
    id: 'rudwaleit_2006',
    kind: 'study',
    citation:
      'Rudwaleit M, Metter A, Listing J, Sieper J, Braun J. Inflammatory back pain in ankylosing spondylitis: a reassessment of the clinical history for application as classification and diagnostic criteria. Arthritis Rheum 2006;54:569-78.',
  },
  {
    id: 'rudwaleit_2004',
    kind: 'study',
    citation:
      'Rudwaleit M, van der Heijde D, Khan MA, Braun J, Sieper J. How to diagnose axial spondyloarthritis early. Ann Rheum Dis 2004;63:535-43.',
  },
  {
    id: 'sieper_2009',
    kind: 'study',
    citation:
      'Sieper J, van der Heijde D, Landewe R, et al. New criteria for inflammatory back pain in patients with chronic back pain: a real patient exercise by experts from the ASAS. Ann Rheum Dis 2009;68:784-8.',
  },
  {
    id: 'braun_2011',
    kind: 'study',
    citation:
      'Braun A, Saracbasi E, Grifka J, Schnitker J, Braun J. Identifying patients with axial spondyloarthritis in primary care: how useful are items indicative of inflammatory back pain? Ann Rheum Dis 2011;70:1782-7.',
  },
  {
    id: 'ajem_2019_spinal_infection',
    kind: 'study',
    citation:
      'Prospective emergency department cohort of spinal infection. Am J Emerg Med 2019: recent skin or soft-tissue infection or bacteraemia OR 13.5 (3.6-50.7), fever OR 2.8 (evidence compendium section 2, tier T1).',
  },
  {
    id: 'rudwaleit_2009',
    kind: 'study',
    citation:
      'Rudwaleit M, van der Heijde D, Landewe R, et al. The development of Assessment of SpondyloArthritis international Society classification criteria for axial spondyloarthritis (part II). Ann Rheum Dis 2009;68:777-83. Entry: back pain for 3 months or more that began before 45.',
  },
  {
    id: 'van_hoeven_2015',
    kind: 'study',
    citation:
      'van Hoeven L, Vergouwe Y, de Buck PDM, et al. External validation of a referral rule for axial spondyloarthritis in primary care patients with chronic low back pain. PLoS One 2015;10:e0131963. 16% of primary care patients aged 18-45 with chronic low back pain that began before 45 met the ASAS criteria.',
  },
  {
    id: 'boel_2022',
    kind: 'study',
    citation:
      'Boel A, Lopez-Medina C, van der Heijde D, van Gaalen FA. Age at onset in axial spondyloarthritis around the world: data from the ASAS-PerSpA study. Rheumatology 2022;61:1468-75.',
  },
  {
    id: 'laslett_2004',
    kind: 'study',
    citation:
      "Laslett M, Oberg B, Aprill CN, McDonald B. Zygapophysial joint blocks in chronic low back pain: a test of Revel's model as a screening test. BMC Musculoskelet Disord 2004;5:43.",
  },
  {
    id: 'laslett_2006',
    kind: 'study',
    citation:
      'Laslett M, McDonald B, Aprill CN, Tropp H, Oberg B. Clinical predictors of screening lumbar zygapophyseal joint blocks: development of clinical prediction rules. Spine J 2006;6:370-9.',
  },
  {
    id: 'cohen_raja_2007',
    kind: 'study',
    citation:
      'Cohen SP, Raja SN. Pathogenesis, diagnosis, and treatment of lumbar zygapophysial (facet) joint pain. Anesthesiology 2007;106:591-614.',
  },
  {
    id: 'murakami_2008',
    kind: 'study',
    citation:
      'Murakami E, Aizawa T, Noguchi K, et al. Diagram specific to sacroiliac joint pain site indicated by one-finger test. J Orthop Sci 2008;13:492-7.',
  },
  {
    id: 'young_2003',
    kind: 'study',
    citation:
      'Young S, Aprill C, Laslett M. Correlation of clinical examination characteristics with three sources of chronic low back pain. Spine J 2003;3:460-5.',
  },
  {
    id: 'schwarzer_1995',
    kind: 'study',
    citation:
      'Schwarzer AC, Aprill CN, Bogduk N. The sacroiliac joint in chronic low back pain. Spine 1995;20:31-7.',
  },
  {
    id: 'depalma_2011',
    kind: 'study',
    citation:
      'DePalma MJ, Ketchum JM, Saullo T. What is the source of chronic low back pain and does age play a role? Pain Med 2011;12:224-33.',
  },
  {
    id: 'manchikanti_2009',
    kind: 'study',
    citation:
      'Manchikanti L, Glaser SE, Wolfer L, Derby R, Cohen SP. Systematic review of lumbar discography as a diagnostic test for chronic low back pain. Pain Physician 2009;12:541-59.',
  },
  {
    id: 'hicks_2009',
    kind: 'study',
    citation:
      'Hicks GE, Morone N, Weiner DK. Degenerative lumbar disc and facet disease in older adults: prevalence and clinical correlates. Spine 2009;34:1301-6.',
  },
  {
    id: 'altman_1991',
    kind: 'study',
    citation:
      'Altman R, Alarcon G, Appelrouth D, et al. The American College of Rheumatology criteria for the classification and reporting of osteoarthritis of the hip. Arthritis Rheum 1991;34:505-14.',
  },
  {
    id: 'sutlive_2008',
    kind: 'study',
    citation:
      'Sutlive TG, Lopez HP, Schnitker DE, et al. Development of a clinical prediction rule for diagnosing hip osteoarthritis in individuals with unilateral hip pain. J Orthop Sports Phys Ther 2008;38:542-50.',
  },
  {
    id: 'prather_2017',
    kind: 'study',
    citation:
      'Prather H, Cheng A, Steger-May K, Maheshwari V, Van Dillen L. Hip and lumbar spine physical examination findings in people presenting with low back pain, with or without lower extremity pain. J Orthop Sports Phys Ther 2017;47:163-72.',
  },
  {
    id: 'deyo_diehl_1988',
    kind: 'study',
    citation:
      'Deyo RA, Diehl AK. Cancer as a cause of back pain: frequency, clinical presentation, and diagnostic strategies. J Gen Intern Med 1988;3:230-8.',
  },
  {
    id: 'deyo_1992',
    kind: 'study',
    citation:
      'Deyo RA, Rainville J, Kent DL. What can the history and physical examination tell us about low back pain? JAMA 1992;268:760-5.',
  },
  {
    id: 'henschke_2009',
    kind: 'study',
    citation:
      'Henschke N, Maher CG, Refshauge KM, et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain. Arthritis Rheum 2009;60:3072-80.',
  },
  {
    id: 'enthoven_2016',
    kind: 'study',
    citation:
      'Enthoven WTM, Geuze J, Scheele J, et al. Prevalence and "red flags" regarding specified causes of back pain in older adults presenting in general practice. Phys Ther 2016;96:305-12.',
  },
  {
    id: 'downie_2013',
    kind: 'study',
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095.',
  },
  {
    id: 'dionne_2019',
    kind: 'study',
    citation:
      'Dionne N, Adefolarin A, Kunzelman D, et al. What is the diagnostic accuracy of red flags related to cauda equina syndrome (CES), when compared to magnetic resonance imaging (MRI)? A systematic review. Musculoskelet Sci Pract 2019;42:125-33.',
  },
  {
    id: 'yusuf_2019',
    kind: 'study',
    citation:
      'Yusuf M, Finucane L, Selfe J. Red flags for the early detection of spinal infection in back pain patients. BMC Musculoskelet Disord 2019;20:606.',
  },
  {
    id: 'hartvigsen_2018',
    kind: 'study',
    citation:
      'Hartvigsen J, Hancock MJ, Kongsted A, et al. What low back pain is and why we need to pay attention. Lancet 2018;391:2356-67.',
  },
  {
    id: 'foster_2018',
    kind: 'study',
    citation:
      'Foster NE, Anema JR, Cherkin D, et al. Prevention and treatment of low back pain: evidence, challenges, and promising directions. Lancet 2018;391:2368-83.',
  },
  {
    id: 'maher_2017',
    kind: 'study',
    citation:
      'Maher C, Underwood M, Buchbinder R. Non-specific low back pain. Lancet 2017;389:736-47.',
  },
  {
    id: 'pocovi_2024',
    kind: 'study',
    citation:
      'Pocovi NC, Lin CC, French SD, et al. Effectiveness and cost-effectiveness of an individualised, progressive walking and education intervention for the prevention of low back pain recurrence (WalkBack). Lancet 2024;404:134-44.',
  },
  {
    id: 'hartvigsen_2010',
    kind: 'study',
    citation:
      'Hartvigsen J, Morso L, Bendix T, Manniche C. Supervised and non-supervised Nordic walking in the treatment of chronic low back pain: a single blind randomized clinical trial. BMC Musculoskelet Disord 2010;11:30.',
  },
  {
    id: 'sahar_2007',
    kind: 'study',
    citation:
      "Sahar T, Cohen MJ, Ne'eman V, et al. Insoles for prevention and treatment of back pain. Cochrane Database Syst Rev 2007;(4):CD005275.",
  },
  {
    id: 'owen_2020',
    kind: 'study',
    citation:
      'Owen PJ, Miller CT, Mundell NL, et al. Which specific modes of exercise training are most effective for treating low back pain? Network meta-analysis. Br J Sports Med 2020;54:1279-87.',
  },
  {
    id: 'hayden_2021',
    kind: 'study',
    citation:
      'Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW. Exercise therapy for chronic low back pain. Cochrane Database Syst Rev 2021;CD009790.',
  },
  {
    id: 'saragiotto_2016',
    kind: 'study',
    citation:
      'Saragiotto BT, Maher CG, Yamato TP, et al. Motor control exercise for chronic non-specific low-back pain. Cochrane Database Syst Rev 2016;CD012004.',
  },
  {
    id: 'delitto_2015',
    kind: 'study',
    citation:
      'Delitto A, Piva SR, Moore CG, et al. Surgery versus nonsurgical treatment of lumbar spinal stenosis: a randomized trial. Ann Intern Med 2015;162:465-73.',
  },
  {
    id: 'ammendolia_2022',
    kind: 'study',
    citation:
      'Ammendolia C, Hofkirchner C, Plener J, et al. Non-operative treatment for lumbar spinal stenosis with neurogenic claudication: an updated systematic review. BMJ Open 2022;12:e057724.',
  },
  {
    id: 'forward_lean_2021',
    kind: 'study',
    citation:
      'Upright versus forward-leaning treadmill walking in lumbar spinal stenosis, peripheral artery disease and non-specific low back pain: a crossover study (n=55). Chiropr Man Therap 2021.',
  },
  {
    id: 'oltean_2014',
    kind: 'study',
    citation:
      'Oltean H, Robbins C, van Tulder MW, Berman BM, Bombardier C, Gagnier JJ. Herbal medicine for low-back pain. Cochrane Database Syst Rev 2014;CD004504.',
  },
  {
    id: 'oketch_rabah_2019',
    kind: 'study',
    citation:
      'Oketch-Rabah HA, Marles RJ, Jordan SA, Low Dog T. United States Pharmacopeia safety review of willow bark. Planta Med 2019;85:1192-202.',
  },
  {
    id: 'wilkens_2010',
    kind: 'study',
    citation:
      'Wilkens P, Scheel IB, Grundnes O, Hellum C, Storheim K. Effect of glucosamine on pain-related disability in patients with chronic low back pain and degenerative lumbar osteoarthritis: a randomized controlled trial. JAMA 2010;304:45-52.',
  },
  {
    id: 'lopresti_2022',
    kind: 'study',
    citation:
      'Lopresti AL, Smith SJ, Jackson-Michel S, Fairchild T. An investigation into the effects of a curcumin extract (Curcugen) on osteoarthritis pain of the knee: a randomised, double-blind, placebo-controlled study. Nutrients 2022;14:41.',
  },
  {
    id: 'halegoua_2023',
    kind: 'study',
    citation:
      'Halegoua-DeMarzio D, Navarro V, Ahmad J, et al. Liver injury associated with turmeric: a growing problem (DILIN). Am J Med 2023;136:200-6.',
  },
  {
    id: 'yu_2020',
    kind: 'study',
    citation:
      'Yu G, Xiang W, Zhang T, et al. Effectiveness of Boswellia and Boswellia extract for osteoarthritis patients: a systematic review and meta-analysis. BMC Complement Med Ther 2020;20:225.',
  },
  {
    id: 'cameron_2014',
    kind: 'study',
    citation:
      'Cameron M, Chrubasik S. Oral herbal therapies for treating osteoarthritis. Cochrane Database Syst Rev 2014;CD002947.',
  },
  {
    id: 'collagen_2023',
    kind: 'study',
    citation:
      'Collagen supplementation for knee osteoarthritis: a meta-analysis of randomised controlled trials (4 RCTs, 507 patients). J Orthop Surg Res 2023;18:694.',
  },
  {
    id: 'mibielli_2009',
    kind: 'study',
    citation:
      'Mibielli MA, Geller M, Cohen JC, et al. Diclofenac plus B vitamins versus diclofenac monotherapy in lumbago: the DOLOR study. Curr Med Res Opin 2009;25:2589-99.',
  },
  {
    id: 'calderon_ospina_2020',
    kind: 'study',
    citation:
      'Calderon-Ospina CA, Nava-Mesa MO, Arbelaez Ariza CE. Effect of combined diclofenac and B vitamins (thiamine, pyridoxine, and cyanocobalamin) for low back pain management: systematic review and meta-analysis. Pain Med 2020;21:766-81.',
  },
  {
    id: 'efsa_glucosamine',
    kind: 'study',
    citation:
      'European Food Safety Authority (EFSA) Panel on Dietetic Products, Nutrition and Allergies. Scientific opinion on the safety of glucosamine for patients receiving coumarin anticoagulants. EFSA Journal 2011;9(12):2473.',
  },
  {
    id: 'tomkins_2009',
    kind: 'study',
    citation:
      'Tomkins CC, Battie MC, Rogers T, Jiang H, Petersen S. A criterion measure of walking capacity in lumbar spinal stenosis and its comparison with a treadmill protocol (Self-Paced Walking Test). Spine 2009;34:2444-9.',
  },
  {
    id: 'ostelo_2008',
    kind: 'study',
    citation:
      'Ostelo RW, Deyo RA, Stratford P, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33:90-4.',
  },
  {
    id: 'axspa_exercise_review',
    kind: 'study',
    citation:
      'Review of exercise in axial spondyloarthritis (PubMed Central PMC2898732): exercise improves mobility, pain, stiffness and function (evidence compendium section 9).',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2898732/',
  },
];

const guidelines: Source[] = [
  {
    id: 'nice_ng59',
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management (NG59). 2016, updated 2020.',
  },
  {
    id: 'finucane_2020',
    kind: 'guideline',
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50:350-72.',
  },
  {
    id: 'nice_ng234',
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal cord compression (NG234). 2023, replacing CG75 (2008): in people who have had cancer, spinal pain suggestive of metastases (thoracic, progressive, severe unremitting, worse on straining, at night) is discussed with the MSCC coordinator within 24 hours; with nerve symptoms (radicular pain, limb weakness, sensory loss, bladder or bowel trouble) at once, as an oncological emergency.',
  },
  {
    id: 'nice_ng65',
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Spondyloarthritis in over 16s: diagnosis and management (NG65). 2017. Refer low back pain that began before 45 and has lasted more than 3 months when 4 or more of: onset before 35, waking in the second half of the night, buttock pain, improvement with movement, improvement within 48 hours of NSAIDs, a first-degree relative with spondyloarthritis, arthritis, enthesitis, psoriasis; with 3, test HLA-B27 and refer if positive.',
  },
  {
    id: 'nice_ng156',
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Abdominal aortic aneurysm: diagnosis and management (NG156). 2020. Think of a ruptured aneurysm in people with new back or abdominal pain, collapse or loss of consciousness, especially with a known aneurysm or risk factors. Those at risk: men screened from 65 (self-referral urged from 66) and women from 70 who smoke or smoked or have coronary, cerebrovascular or peripheral artery disease.',
  },
  {
    id: 'nhs_back_pain_pathway',
    kind: 'guideline',
    citation:
      'NHS England National Spinal Pathway: acute low back pain and cauda equina syndrome red flags (new or progressive neurological deficit: urgent same-day assessment; suspected cauda equina: emergency department).',
  },
  {
    id: 'aaa_best_practice',
    kind: 'guideline',
    citation:
      'BMJ Best Practice. Abdominal aortic aneurysm: symptomatic or ruptured aneurysm presents with sudden severe back or abdominal pain, collapse, or a pulsatile mass; an emergency.',
  },
  {
    id: 'qaseem_2017',
    kind: 'guideline',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166:514-30.',
  },
  {
    id: 'aha_acc_pad',
    kind: 'guideline',
    citation:
      'Gerhard-Herman MD, et al. 2016 AHA/ACC guideline on the management of patients with lower extremity peripheral artery disease. Circulation 2017;135:e726-79. Increased risk: age 65 or older, 50-64 with diabetes or smoking, under 50 with diabetes and another risk factor, or known atherosclerosis elsewhere; exertional leg symptoms in them call for an ankle-brachial index; rest pain, non-healing wounds and acute limb ischaemia need prompt or emergency vascular care; supervised exercise therapy is Class 1A for claudication.',
  },
];

const expertEstimates: Source[] = [
  {
    id: 'expert_safety_net',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: book a visit when severe pain without warning signs is not clearly easing within 2 weeks.',
    rationale:
      'Most new episodes improve quickly (Hartvigsen 2018) and NICE NG59 favours self-management, but high initial pain predicts persistence; 2 weeks is half the month after which Deyo and Diehl count failure to improve, so severe pain is looked at sooner.',
  },
  {
    id: 'expert_prior_nonspecific',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: share of walking-related low back pain put down to muscle strain, posture and footwear.',
    rationale:
      'No study measures these causes; nearly all low back pain has no specific cause found (Hartvigsen 2018; Maher 2017), so the non-specific causes share a large part, with strain and deconditioning the biggest.',
  },
  {
    id: 'expert_prior_structural',
    kind: 'expert_estimate',
    citation: 'Stride expert estimate: prior for disc and sacroiliac pain in app users.',
    rationale:
      'The only figures (DePalma 2011: disc 42%, SIJ 18%; Manchikanti 2009: disc 26-39%) come from chronic pain seen in spine clinics with injection tests; people using an app have shorter, milder pain, so a lower share is assumed.',
  },
  {
    id: 'expert_prior_other',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: prior for causes with no usable prevalence figure (sciatica, hip osteoarthritis, leg-artery narrowing, spinal infection, aortic aneurysm).',
    rationale:
      'Published figures measure other populations (imaging findings, hip pain clinics, ankle-brachial index in the general population) or were not confirmed; a modest prior is set and the answers do the work.',
  },
  {
    id: 'expert_shrinkage',
    kind: 'expert_estimate',
    citation:
      'Stride design decision: a likelihood ratio from a small or specialist-clinic study with no confidence interval is shrunk halfway toward 1 on the log scale.',
    rationale:
      'Evidence encoding rule 1: clinic-derived ratios are optimistic for self-selected app users; where a confidence interval is published the bound nearest 1 is used instead.',
  },
  {
    id: 'expert_strain',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: muscle strain and deconditioning pattern (recent increase in walking, tender muscles, short duration, pain staying in the back).',
    rationale:
      'No diagnostic study exists for strain (evidence 6.6); the pattern comes from the source article and delayed-onset soreness; kept between 0.5 and 2.',
  },
  {
    id: 'expert_posture',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: posture and gait pattern (stooped or forward-head walking, limping or uneven steps).',
    rationale:
      'No study links self-reported gait to a cause (evidence 6.6); the source article names these mechanics; kept between 0.5 and 2.',
  },
  {
    id: 'expert_footwear',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: footwear and surface pattern (worn-out or unsupportive shoes, hard surfaces).',
    rationale:
      'There is no causal or diagnostic evidence for footwear (evidence 6.6, Sahar 2007); the source article names it; kept between 0.5 and 2.',
  },
  {
    id: 'expert_disc',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: disc pattern (worse with sitting, bending forward, coughing; younger age; lasting pain).',
    rationale:
      'Young 2003 and Laslett 2006 report associations without usable ratios, and disc pain is commoner in younger adults (DePalma 2011); kept between 0.5 and 2.',
  },
  {
    id: 'expert_facet',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: facet joint pattern (older age, pain staying in the back, pain on standing, no pain on coughing).',
    rationale:
      'History cannot diagnose facet pain (Cohen & Raja 2007); age over 55 and no pain on coughing were weak predictors (Laslett 2004, 2006); kept between 0.5 and 2.',
  },
  {
    id: 'expert_facet_extension',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: no pain on arching back or twisting makes facet pain less likely.',
    rationale:
      "The extension-rotation test missed no block-confirmed facet pain (sensitivity 100%, Laslett 2006), but it is an examiner's test in 120 people, so the near-zero negative ratio is shrunk to 0.5.",
  },
  {
    id: 'expert_sij',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: sacroiliac loading pattern from the source article (stairs, standing on one leg, long strides) and groin pain.',
    rationale:
      'The source article names these triggers but no accuracy data exist (evidence 6.2); groin pain was the only referral pattern linked to SIJ pain (Schwarzer 1995); kept between 0.5 and 2.',
  },
  {
    id: 'expert_stenosis',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: minor stenosis features (worse downhill, cycling is fine, walking bent forward, arching back hurts, calf or standing-still pattern against it).',
    rationale:
      'Plausible through spinal extension and flexion but unmeasured (evidence 3.4 and 4.3); kept between 0.5 and 2.',
  },
  {
    id: 'expert_vascular',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: leg-artery risk factors and pattern (smoking, diabetes, known artery disease, age, cycling brings it on, sitting or bending not needed for relief).',
    rationale:
      'Smoking and diabetes are the strongest risk factors (evidence 4.3) and prevalence rises with age (Fowkes 1991), but no ratios for claudication as the cause of walking pain are published; kept between 0.5 and 2.',
  },
  {
    id: 'expert_vascular_no_leg',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: with no leg symptoms at all, artery narrowing is very unlikely to be the cause of walking pain.',
    rationale:
      'Claudication is leg pain on walking by definition (Edinburgh Claudication Questionnaire item 1); a low ratio of 0.2 is argued from that definition.',
  },
  {
    id: 'expert_ibp',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: inflammatory back pain context (onset before 45, sudden onset, duration under 3 months).',
    rationale:
      '92% of axial spondyloarthritis begins before 45 (Boel 2022), so onset after 45 is argued down to 0.3; insidious onset and at least 3 months of pain are entry items of the ASAS criteria (Sieper 2009).',
  },
  {
    id: 'expert_sciatica',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: nerve root pain pattern (pain below the knee in one leg, worse with coughing or sitting, numbness or tingling).',
    rationale:
      'The compendium gives no accuracy data for sciatica; these are its textbook features (NICE NG59 defines sciatica as leg pain from a nerve root); no leg symptoms at all is argued down to 0.2 because sciatica is leg pain by definition.',
  },
  {
    id: 'expert_hip',
    kind: 'expert_estimate',
    citation:
      'Stride expert estimate: hip osteoarthritis pattern (groin pain, stiff hip, limp, age over 50).',
    rationale:
      'Groin pain, limp and a stiff hip are the key hip-versus-spine differences (Brown 2004, figures unconfirmed) and hip osteoarthritis is rare under 40; reduced hip movement is common in back pain too (Prather 2017), so ratios stay modest.',
  },
];

export const SOURCES: readonly Source[] = [...studies, ...guidelines, ...expertEstimates];
