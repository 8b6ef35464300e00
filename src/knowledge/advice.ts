/** The self-care plan items Stride can offer, each tied to the causes or answers that call for it and to its evidence. */
import type { Advice } from './schema.js';

export const ADVICE: readonly Advice[] = [
  {
    id: 'safety_net',
    topic: 'safety',
    title: 'When to stop and get help',
    summary:
      'Most back pain when walking is not serious. But some signs mean you need a doctor soon, or even now. Keep this list handy and check it if things change.',
    steps: [
      'Get help now if it is new that you find it hard to pee, or you leak pee. Or if you cannot hold your poo. Or if you feel new numbness between your legs, around your bottom or private parts (saddle numbness). Call the emergency number or go to an emergency department.',
      'Get help now for sudden, severe, tearing pain in your back or belly. Or a pulsing feeling in your belly, or feeling faint with the pain. Call the emergency number.',
      'See a doctor today if a leg or foot gets weaker, a foot slaps the ground, or you trip more.',
      'See a doctor today: fever, chills or night sweats with the back pain.',
      'After a bad crash or fall, call the emergency number. If a small fall or injury brings new back pain, see a doctor today.',
      'See a doctor within days if you lose weight for no clear reason. See one too if you have had cancer and have new back pain.',
      'See a doctor within days: pain that keeps getting worse. Or pain that is there all night and no position eases it.',
      'Book a visit: the distance or time you can walk keeps getting shorter. Your walking diary can show this.',
      'Book a visit: pain that is severe or does not ease with rest. Or pain that stops you doing daily tasks. Or numbness, tingling or weakness in your legs.',
    ],
    forCauses: [],
    forAnswers: [],
    always: true,
    cautions: [
      'This list is a guide, not a test. If you feel very unwell or worried, get help even if your sign is not on it.',
    ],
    sources: [
      'nice_ng59',
      'finucane_2020',
      'nhs_back_pain_pathway',
      'dionne_2019',
      'aaa_best_practice',
      'downie_2013',
      'yusuf_2019',
    ],
  },
  {
    id: 'stay_active',
    topic: 'active',
    title: 'Stay active and avoid bed rest',
    summary:
      'Keep up your normal daily tasks as much as you can, even if they hurt a bit. Bed rest does not help back pain and can slow your recovery. Guidelines advise staying active for all kinds of back pain.',
    steps: [
      'Keep moving through the day. Get up and move about often when you sit for long.',
      'Change what you do, not whether you do it. Take breaks, and split big jobs into smaller ones.',
      'Any exercise you enjoy helps, such as walking, swimming, cycling, yoga or tai chi. A group exercise class can help too.',
      'Some pain while moving is common, and it does not mean you are doing harm.',
      'If you need to lie down for a short time to ease the pain, that is fine. Then get moving again.',
    ],
    forCauses: [],
    forAnswers: [],
    always: true,
    cautions: ['If a warning sign from the safety list appears, stop and get help first.'],
    sources: ['nice_ng59', 'foster_2018', 'qaseem_2017'],
  },
  {
    id: 'walking_program',
    topic: 'walking',
    title: 'Shorter, more frequent walks, built up slowly',
    summary:
      'Walking is good for your back. Short walks more often are easier than one long walk. In a large trial, a walking plan that built up slowly over months helped people stay free of new back pain for longer (WalkBack trial).',
    steps: [
      'Find your start point: how many minutes can you walk before the pain starts? Note it in your walking diary.',
      'Walk for a little less than that time, but more often. Several short walks a day can be easier than one long one.',
      'Each week, add a few minutes if your pain has stayed settled. If a walk leaves your pain worse the next day, go back to the last level that felt fine.',
      'Aim, over a few months, for about 30 minutes of walking 5 times a week. That was the goal in the WalkBack trial.',
      'Keep a simple record of each walk: minutes walked, minutes until pain, and pain before and after. It shows your progress and helps your doctor.',
    ],
    forCauses: [],
    forAnswers: [],
    always: true,
    cautions: [
      'Walking more can cause aches in the legs or feet. Ease off for a few days if it does.',
      'Does sitting or bending forward ease pain in your legs? Then use the interval walking plan instead.',
      'Does your calf cramp when you walk? If you also smoke, or have diabetes or heart disease, see a doctor before you walk more.',
    ],
    sources: ['pocovi_2024', 'nice_ng59', 'tomkins_2009'],
  },
  {
    id: 'gradual_return',
    topic: 'walking',
    title: 'Ease back in after doing more than usual',
    summary:
      'Did you recently walk further, faster or more often? Or start again after a long break? Your muscles may just need time to adapt. Sore muscles after a new activity often get better in a few days.',
    steps: [
      'Cut back to a distance or pace that felt fine before the pain began.',
      'Then add a little each week, not each day. Go up in small steps.',
      'Soreness that starts a day or two after a new activity, and fades over a few days, is common. It is not the same as pain that comes on during a walk and makes you stop.',
      'Keep moving gently while it settles. Short walks and light stretches are fine.',
    ],
    forCauses: ['muscle_strain'],
    forAnswers: [{ feature: 'activity_increase', equals: true }],
    always: false,
    cautions: [
      'Book a visit with a doctor or physio (physiotherapist) if the pain does not ease when you cut back. Book one too if it gets worse.',
    ],
    sources: ['expert_strain', 'pocovi_2024', 'nice_ng59'],
  },
  {
    id: 'core_hip_strength',
    topic: 'core',
    title: 'Strengthen your trunk and hips',
    summary:
      'Strong trunk (core) and hip muscles can help you walk with more ease. Any kind of exercise helps back pain. So-called core exercises have not been shown to work better than other exercise, so pick ones you like and can keep doing (Saragiotto 2016, Owen 2020).',
    steps: [
      'Pelvic tilt: 1. Lie on your back with knees bent and feet flat. 2. Gently flatten your low back into the floor by tightening your belly. 3. Hold for a few seconds, then relax. Repeat a few times.',
      'Bridge: 1. Lie on your back with knees bent and feet flat. 2. Squeeze your bottom and lift your hips until your body is in a line from knees to shoulders. 3. Hold for a few seconds, then lower slowly.',
      'Bird-dog: 1. Get on your hands and knees. 2. Keep your back flat and reach one arm forward and the other leg back. 3. Hold for a few seconds, then swap sides. Only lift as far as you can keep your back still.',
      'Side-lying leg lift: 1. Lie on your side with your bottom knee bent. 2. Keep your top leg straight and lift it a little way up. 3. Lower it slowly. Do both sides.',
      'Clam: 1. Lie on your side with both knees bent and your feet together. 2. Keep your feet touching and lift your top knee. 3. Lower it slowly. Do both sides.',
      'Start with a few of each, once a day. Add more as they get easier. Breathe out as you lift, and do not hold your breath.',
    ],
    forCauses: [
      'muscle_strain',
      'posture_gait',
      'disc_degeneration',
      'facet_joint',
      'sacroiliac_joint',
      'sciatica',
      'spinal_stenosis',
    ],
    forAnswers: [{ feature: 'sedentary', equals: true }],
    always: false,
    cautions: [
      'Stop an exercise that makes pain spread further down your leg, or that causes sharp pain.',
      'Ask a doctor or physio (physiotherapist) first if you have weak bones (osteoporosis). Ask first too if you had a fall or an operation not long ago.',
      'If getting down to the floor is hard, some of these can be done on a bed.',
    ],
    sources: ['saragiotto_2016', 'owen_2020', 'hayden_2021', 'nice_ng59', 'qaseem_2017'],
  },
  {
    id: 'posture_gait_cues',
    topic: 'posture',
    title: 'Tips for how you stand and walk',
    summary:
      'How you walk matters as well as how far. These cues come from the article and common advice. No trial has tested them, so use the ones that feel better for you.',
    steps: [
      'Stand tall, with your shoulders relaxed and gently back. Keep your head up, eyes looking ahead, not down.',
      'Gently tighten your belly muscles, as if bracing a little. Do not hold your breath.',
      'Try not to lean far forward or arch your low back a lot.',
      'Take even steps of the same length on each side. Shorter steps can feel easier than long strides.',
      'Let your arms swing freely. Carry bags in both hands, or use a backpack, rather than one heavy bag on one side.',
    ],
    forCauses: ['posture_gait', 'muscle_strain', 'facet_joint', 'sacroiliac_joint'],
    forAnswers: [
      { feature: 'stooped_gait', equals: true },
      { feature: 'limp_or_uneven', equals: true },
    ],
    always: false,
    cautions: [
      'If leaning forward is what eases pain in your legs, do not force yourself to stand up straight. That can be a sign of a narrow spine canal (spinal stenosis). See the walk-and-rest plan.',
      'Do you limp because of pain in your groin or hip? Then ask a doctor or physio (physiotherapist) to check the hip.',
    ],
    sources: ['expert_posture', 'forward_lean_2021'],
  },
  {
    id: 'footwear',
    topic: 'footwear',
    title: 'Check and change your walking shoes',
    summary:
      'There is little proof that shoes cause back pain. But comfy shoes that fit well and still have their cushioning can make walking easier. Shoe inserts (foot orthotics) are not advised for back pain.',
    steps: [
      'Check your walking shoes. Replace them when the cushioning feels flat, or the soles are worn down more on one side.',
      'Choose shoes that fit well, hold your heel firmly, have a cushioned sole and leave room for your toes.',
      'Avoid high heels, and flat shoes with no support, for longer walks.',
      'Shop for new shoes with the socks you walk in, and walk around the shop before you buy.',
    ],
    forCauses: ['footwear'],
    forAnswers: [
      { feature: 'shoes_worn', equals: true },
      { feature: 'shoes_unsupportive', equals: true },
    ],
    always: false,
    cautions: [
      'Guidelines do not advise shoe inserts (foot orthotics) or rocker soles for back pain. A review found inserts did not clearly prevent back pain.',
      'If you have diabetes or numb feet, check your feet for rubs or sores after you walk in new shoes.',
    ],
    sources: ['sahar_2007', 'nice_ng59', 'expert_footwear'],
  },
  {
    id: 'surfaces',
    topic: 'surfaces',
    title: 'Choose softer, even ground',
    summary:
      'Walking on softer ground, like grass or dirt paths, may feel easier on your back than concrete. No trial has tested this, so see what works for you.',
    steps: [
      'Try softer ground such as grass, park paths, dirt trails or a running track.',
      'Pick flat, even paths at first. Add slopes once flat walks feel fine.',
      'If going downhill makes it worse, choose flat routes or take smaller steps on the way down.',
      'Note the surface in your walking diary, so you can see what suits you.',
    ],
    forCauses: [
      'footwear',
      'muscle_strain',
      'disc_degeneration',
      'facet_joint',
      'sacroiliac_joint',
      'posture_gait',
    ],
    forAnswers: [
      { feature: 'hard_surfaces', equals: true },
      { feature: 'downhill_worse', equals: true },
    ],
    always: false,
    cautions: [
      'Rough or uneven ground can make you trip. Stay on smooth paths if your balance is poor, your feet are numb, or a leg feels weak.',
    ],
    sources: ['expert_footwear', 'nice_ng59'],
  },
  {
    id: 'walking_poles',
    topic: 'poles',
    title: 'Try walking poles',
    summary:
      'Some people find that walking poles make them steadier and take some load off the back. In a trial, Nordic walking with poles was no better than simple advice to stay active (Hartvigsen 2010). So they are an option, not a must.',
    steps: [
      'Set the poles so your elbows are bent at about a right angle when the tips are on the ground.',
      'Plant each pole in time with the opposite foot, as your arms would swing.',
      'Start on flat, even ground, and keep your walks short at first.',
    ],
    forCauses: ['posture_gait', 'spinal_stenosis', 'sacroiliac_joint', 'muscle_strain'],
    forAnswers: [{ feature: 'limp_or_uneven', equals: true }],
    always: false,
    cautions: [
      'Had a fall, or have poor balance or weak bones (osteoporosis)? Ask a physio (physiotherapist) to check your poles and show you how to use them.',
    ],
    sources: ['hartvigsen_2010'],
  },
  {
    id: 'interval_walking_stenosis',
    topic: 'walking',
    title: 'Walk, rest and repeat (interval walking)',
    summary:
      'If pain or heavy legs come on as you walk and ease when you sit or bend forward, short bouts of walking with rests in between can help you walk more in total. This is common advice. No trial has tested this plan itself.',
    steps: [
      'Walk until your symptoms are mild to moderate. Do not push on until the pain is bad.',
      'Then sit down, or lean forward on a bench, rail, trolley or walker (rollator). Wait until it settles.',
      'Walk again, and repeat. Count the total minutes walked, not the longest bout.',
      'Over weeks, try to make each walking bout a little longer.',
      'Cycling, or an exercise bike, keeps your back bent a little forward and is often easier. It is a good way to stay fit on days when walking is hard.',
    ],
    forCauses: ['spinal_stenosis'],
    forAnswers: [
      { feature: 'relief_sitting', equals: true },
      { feature: 'relief_leaning_forward', equals: true },
    ],
    always: false,
    cautions: [
      'Stop and get help if your legs feel weaker each time. Stop too if you have new trouble with your bladder or bowels (see the safety list).',
      'A doctor or physio (physiotherapist) should check a narrow spine canal. Exercise with a physio may help more than on your own.',
    ],
    sources: ['ammendolia_2022', 'delitto_2015', 'suri_2010', 'forward_lean_2021'],
  },
  {
    id: 'lean_on_trolley',
    topic: 'walking',
    title: 'Lean forward on a trolley or walker',
    summary:
      'Bending forward a little makes more room for the nerves in your lower back. Leaning on a trolley or a walker (rollator) can help you walk further. In a small study, people with a narrow canal walked longer when bent forward.',
    steps: [
      'When shopping, push a trolley and lean gently on it.',
      'For longer walks, try a wheeled walker (rollator) with a seat, so you can sit and rest when you need to.',
      'Ask a physio (physiotherapist) to set the handle height for you.',
      'Plan walks with benches along the way.',
    ],
    forCauses: ['spinal_stenosis'],
    forAnswers: [{ feature: 'relief_leaning_forward', equals: true }],
    always: false,
    cautions: [
      'Have you had falls, or is your balance poor? Then ask a physio (physiotherapist) to help you choose a walker and set it up.',
    ],
    sources: ['forward_lean_2021', 'suri_2010', 'konno_2007'],
  },
  {
    id: 'supervised_walking_pad',
    topic: 'walking',
    title: 'A walking plan for narrow leg arteries',
    summary:
      'If narrow leg arteries cause your calf pain, the best first step is a walking plan run by a health team (AHA/ACC guideline, class 1A). Start only after a doctor has checked you.',
    steps: [
      'See a doctor first. A simple test compares blood pressure in your ankle and arm (ankle-brachial index).',
      'If the doctor agrees, ask to join a walking plan run by a health team (supervised exercise therapy).',
      'The plan: walk until the calf pain is moderate, stop and rest until it goes, then walk again. Repeat this through the session.',
      'If you smoke, stopping is one of the most useful things you can do for your leg arteries. Ask for help to quit.',
    ],
    forCauses: ['vascular_claudication'],
    forAnswers: [{ feature: 'calf_cramp_walking', equals: true }],
    always: false,
    cautions: [
      'Stop and get help if you have chest pain, feel very short of breath, or feel faint while walking.',
      'A cold, pale, painful foot or leg at rest, or a sore on the foot that does not heal, needs a doctor the same day. Sudden cases are an emergency.',
    ],
    sources: ['aha_acc_pad', 'nadeau_2013', 'leng_1992'],
  },
  {
    id: 'heat_flare',
    topic: 'other',
    title: 'Heat for a flare-up',
    summary:
      'A heat pack or warm wrap on your low back can ease pain for a short time during a flare-up. A guideline rates this as helpful for recent back pain (ACP 2017).',
    steps: [
      'Use a warm, not hot, heat pack, hot water bottle or heat wrap on your low back.',
      'Wrap it in a cloth so it does not touch your skin directly.',
      'Use it for short spells, and check your skin every few minutes.',
      'Stay active with it. Heat eases pain so you can keep moving.',
    ],
    forCauses: [
      'muscle_strain',
      'facet_joint',
      'disc_degeneration',
      'sacroiliac_joint',
      'posture_gait',
    ],
    forAnswers: [{ feature: 'duration_weeks', below: 12 }],
    always: false,
    cautions: [
      'Do not use heat on numb skin. Take care if you have diabetes or poor feeling in your skin, as you may not notice a burn.',
      'Do not fall asleep with a heat pack on.',
    ],
    sources: ['qaseem_2017'],
  },
  {
    id: 'inflammatory_movement',
    topic: 'active',
    title: 'Keep moving while you wait for a joint specialist',
    summary:
      'Back pain that is stiff in the morning and eases as you move can be a sign of swollen, sore joints in the spine (axial spondyloarthritis). A doctor can send you to a joint expert (rheumatologist). Exercise helps you move and eases pain and stiffness.',
    steps: [
      'Book a visit with your doctor. Ask if you need to see a joint expert (rheumatologist).',
      'Move gently first thing in the morning to loosen up. Take a warm shower, then stretch your back and hips slowly.',
      'Do some exercise every day. Stretching, strength work, swimming and walking all help.',
      'Write down how long the morning stiffness lasts, and whether pain wakes you at night. Tell your doctor.',
      'Have you tried a painkiller that calms swelling (an anti-inflammatory, such as ibuprofen)? Tell your doctor if it helped.',
    ],
    forCauses: ['inflammatory_back_pain'],
    forAnswers: [],
    always: false,
    cautions: [
      'Check the safety list if you have a fever or weight loss. Check it too if you have pain at night that no way of lying eases.',
    ],
    sources: ['axspa_exercise_review', 'sieper_2009', 'rudwaleit_2006'],
  },
];
