/** The person-facing words for each cause (what it is, its telltale pattern, what helps, when to see a clinician) and for each triage level. */
import type { Condition, TriageLevel } from './schema.js';
import { ageFrom } from './when.js';

export interface CauseText {
  /** Plain name, e.g. "Narrowing of the spinal canal". */
  readonly name: string;
  /** The medical name, for the clinician and for looking it up. */
  readonly medicalName: string;
  /** What it is, in plain words. */
  readonly explanation: string;
  /** Sentences added to the explanation only when their condition holds (they fit the person). */
  readonly notes?: { when: Condition; text: string }[];
  /** The telltale pattern, in plain words. */
  readonly pattern: string;
  /** What helps, in plain words. */
  readonly helps: string;
  /** When it needs a clinician, in plain words. */
  readonly whenToSeeClinician: string;
  /** For a cause a warning sign can point to: why it must be checked now (no probability). */
  readonly whyCheckNow?: string;
}

export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  muscle_strain: {
    name: 'Muscle strain or weak muscles',
    medicalName: 'Muscle strain and deconditioning (non-specific low back pain)',
    explanation:
      'The muscles of your lower back and trunk work all the time to hold you up as you walk. If they are weak, out of practice, or worked harder than usual, they can get tired and sore. Weak belly and hip muscles leave more work for the back. This is a very common cause of back pain, and it is not dangerous.',
    pattern:
      'It often starts after you walk more, further or faster than usual, or go back to walking after a long break. The muscles beside the spine can feel sore and tender. The pain tends to stay in the back rather than go down the legs.',
    helps:
      'Keep moving, but cut back to a level that feels fine, then build up slowly. Heat can ease a flare-up. Exercises for the trunk and hips can help, and any exercise you enjoy counts.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) if it does not start to ease in a few weeks. Book one too if it keeps coming back or stops you doing daily tasks. Get help sooner if a warning sign appears.',
  },
  posture_gait: {
    name: 'Posture and the way you walk',
    medicalName: 'Posture and gait mechanics (non-specific low back pain)',
    explanation:
      'How you walk matters as well as how far. Leaning forward, arching your back a lot, or carrying your head forward can strain your back. Limping, favouring one leg or taking uneven steps puts uneven loads on it. Stiff hips, or feet that do not soak up shock well, can send more force up to the back. Little research has tested this.',
    pattern:
      'You may walk bent forward or with your head forward, limp, or take uneven steps. The ache tends to build the longer you walk and ease when you rest.',
    helps:
      'Simple tips can help: stand tall, let your shoulders relax back, gently tighten your belly, and take even steps. Exercise for the trunk and hips helps some people. So do walking poles.',
    whenToSeeClinician:
      'A physio (physiotherapist) can watch how you walk and help you change it. Leaning forward to ease leg pain can be a sign of a narrowed spinal canal. A limp with groin pain can come from the hip. Both are worth a check.',
  },
  spinal_stenosis: {
    name: 'Narrowing of the spinal canal',
    medicalName: 'Lumbar spinal stenosis (neurogenic claudication)',
    explanation:
      'The spaces inside the spine that carry the nerves can get narrower as discs and joints wear and thicken with age. This can press on the nerves. Standing up straight and walking make the spaces a little smaller. Bending forward opens them up. It becomes more common with age.',
    pattern:
      'Pain, heaviness, numbness or tingling in the buttocks or legs comes on when you walk or stand. Often both legs. It eases when you sit down or bend forward, as when you lean on a shopping trolley. Walking downhill may be worse. Cycling is often easier.',
    helps:
      'Walk in short bouts with rests in between. Lean on a trolley or wheeled walker. Try cycling, and exercise with a physio (physiotherapist). In a trial, people who had physio did about as well after 2 years as people who had surgery.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) to check it. See a doctor the same day if your legs get weaker. Go to an emergency department at once for new bladder or bowel trouble. Go at once too if you feel numb around your bottom or private parts.',
  },
  disc_degeneration: {
    name: 'Wear in the spinal discs',
    medicalName: 'Degenerative disc disease (discogenic pain)',
    explanation:
      'The discs between the bones of the spine act as shock absorbers. With age they lose water and height. Despite its name, this is a normal part of ageing, not a true disease.',
    notes: [
      {
        when: ageFrom(50),
        text: 'Scans show it in most people over 65, with or without back pain (Hicks 2009). So a scan finding alone does not explain pain.',
      },
    ],
    pattern:
      'The pain may come when you stand and walk, as the spine takes your weight. For some, sitting, bending forward or coughing makes it worse. Some pain may stay between flare-ups. Pain that starts after you walk a set distance fits other causes better: a narrow spine canal or narrow leg arteries.',
    helps:
      'Stay active. Build up your walks slowly. Find exercise you like and do it often. Heat can ease a flare-up.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) if the pain lasts more than a few weeks. Book one too if it stops you doing daily tasks. Pain that goes below the knee, numbness or weakness also needs a check.',
  },
  facet_joint: {
    name: 'Sore or worn joints at the back of the spine',
    medicalName: 'Facet joint pain and spinal osteoarthritis (facet joint syndrome)',
    explanation:
      'The facet joints are small joints between and behind the bones of the spine. They guide and limit how your back moves. Like other joints, they can wear (osteoarthritis) or get inflamed. This is common with age, and scans often show it in people with no pain.',
    pattern:
      'The pain is often worse when you arch your back or twist. It can build on long walks, as these joints move with each step. It tends to stay in the back and can feel stiff. These signs are common in many kinds of back pain, so they cannot confirm the cause.',
    helps:
      'Staying active, exercise for the trunk and hips, and heat during a flare-up. Try not to arch your back a lot when you walk.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) if it lasts more than a few weeks. Book one too if it stops you doing daily tasks. Questions alone cannot tell this pain apart from other back pain.',
  },
  sacroiliac_joint: {
    name: 'Pain from the joint between the spine and pelvis',
    medicalName: 'Sacroiliac joint dysfunction (sacroiliac joint pain)',
    explanation:
      'The sacroiliac joints join the base of your spine to your pelvis, one on each side. They pass forces between your upper body and legs as you walk. If they get inflamed or do not move well, they can cause pain low in the back and buttock.',
    pattern:
      'Pain mostly on one side, just below the belt line over the dimple of the buttock. It may spread into the buttock, groin or leg. It can be worse on stairs, when standing on one leg, or with long strides. These signs are only weak clues.',
    helps:
      'Staying active, shorter strides, and exercise for the hips and trunk. Walking poles help some people.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) if it lasts or limits you. A physio can test these joints. Buttock pain that swaps sides, with long morning stiffness, is worth checking for inflammation (spondyloarthritis).',
  },
  footwear: {
    name: 'Shoes that are worn out or give little support',
    medicalName: 'Footwear-related mechanical low back pain',
    explanation:
      'Sometimes the problem is on your feet. Shoes with worn cushioning, little support, or a poor fit can change how you walk and make your back work harder. High heels, flat shoes with no arch support, and worn-out trainers are common examples. Little research has tested this.',
    pattern:
      'The pain builds on longer walks in certain shoes, or on hard ground. It feels better in comfy shoes that fit well.',
    helps:
      'Replace shoes when the cushioning feels flat or the soles are worn unevenly. Choose shoes that fit well and support your feet. Shoe inserts (foot orthotics) are not advised for back pain.',
    whenToSeeClinician:
      'If better shoes do not help within a few weeks, book a visit with a doctor or physio (physiotherapist). They can look for other causes.',
  },
  inflammatory_back_pain: {
    name: 'Inflammation in the spine',
    medicalName: 'Inflammatory back pain (axial spondyloarthritis, ankylosing spondylitis)',
    explanation:
      'Some back pain comes from long-term inflammation in the joints of the spine and pelvis. The best known type is ankylosing spondylitis. It nearly always starts before the age of 45. A joint specialist (rheumatologist) can check for it and treat it.',
    pattern:
      'Unlike most back pain, it gets better with movement and exercise, not with rest. The back is stiff for more than 30 minutes after waking. Pain may wake you in the second half of the night, and buttock pain may swap sides. Each sign alone is only a weak clue.',
    helps:
      'Exercise and stretching, done often, help you move and ease pain and stiffness. A doctor can send you to a joint expert (rheumatologist).',
    whenToSeeClinician:
      'Book a visit with your doctor within one to two weeks. Ask if you need a joint expert. This matters most if the pain began before 45 and has lasted over 3 months. It matters more if you have a skin, gut or eye problem linked to it (psoriasis, colitis, uveitis), or a close relative has it.',
  },
  vascular_claudication: {
    name: 'Narrowed arteries in the legs',
    medicalName: 'Peripheral artery disease (intermittent vascular claudication)',
    explanation:
      'Fatty build-up can narrow the arteries that carry blood to the legs. When you walk, the leg muscles need more blood than can get through, so they ache. This is not a back problem, but it can be mistaken for one. Smoking and diabetes are the biggest risks, and it gets more common with age.',
    pattern:
      'A cramping ache, most often in the calf, comes on after walking about the same distance each time. It comes sooner uphill or when you hurry. It goes within about 10 minutes when you stand still, without the need to sit or bend. Cycling can bring it on too.',
    helps:
      'After a doctor checks you, the best first step is a walking plan run by a health team. To stop smoking and take the right medicines helps guard your heart and legs.',
    whenToSeeClinician:
      'Book a visit with your doctor within one to two weeks. A simple test compares the blood pressure at your ankle and arm (ankle-brachial index). A cold, pale, painful foot at rest, or a foot sore that does not heal, needs a doctor the same day.',
    whyCheckNow:
      'Your answers include a warning sign that a leg may be short of blood. It cannot be ruled out without an exam, and the leg may need treatment soon.',
  },
  hip_osteoarthritis: {
    name: 'Wear in the hip joint',
    medicalName: 'Hip osteoarthritis (hip-spine syndrome)',
    explanation:
      'Wear in the hip joint (osteoarthritis) can cause pain that feels as if it comes from the back or buttock. It is more common after 50. The hip and the back often have problems at the same time, so it can be hard to tell them apart.',
    pattern:
      'Pain in the groin or the front of the hip, a limp, and a stiff hip, so that putting on socks or shoes is hard. Squatting may make it worse.',
    helps:
      'Stay active and keep the hip moving. A doctor or physio (physiotherapist) can check the hip and help you choose exercise.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) to check the hip. After a fall, see a doctor the same day if the hip hurts a lot, or you cannot stand on the leg.',
  },
  sciatica: {
    name: 'A pinched nerve in the lower back',
    medicalName: 'Sciatica (lumbar radiculopathy, nerve root pain)',
    explanation:
      'A nerve root that leaves the lower spine can be pressed on or irritated, for example by a bulging disc. The pain then travels along the nerve into the leg. The leg pain can be worse than the back pain.',
    pattern:
      'Pain that shoots down one leg, often below the knee, sometimes with numbness or tingling. It can be worse when you cough, sneeze or sit for a long time.',
    helps:
      'Staying active and exercise help. Short walks, and easing off positions that send pain down the leg.',
    whenToSeeClinician:
      'Book a visit with a doctor or physio (physiotherapist) if it is bad or lasts. See a doctor today if the leg or foot gets weaker. Go to an emergency department at once for bladder or bowel trouble. Go at once too if you feel numb around your bottom or private parts.',
  },
  cauda_equina: {
    name: 'Pressure on the nerves to the bladder and bowel',
    medicalName: 'Cauda equina syndrome',
    explanation:
      'At the bottom of the spine is a bundle of nerves. They control the bladder, bowel, sex organs and legs. Rarely, something such as a large disc bulge presses hard on them. This needs emergency care. Quick care can stop lasting harm.',
    pattern:
      'New trouble passing urine or leaking urine, or loss of bowel control. Or numbness around the genitals, bottom or inner thighs. It often comes with back pain and pain or weakness in one or both legs.',
    helps:
      'Only urgent hospital care can help, with a scan (MRI) and often surgery. Do not wait to see if it gets better.',
    whenToSeeClinician:
      'Call the emergency number or go to an emergency department now. Say that you have back pain with bladder, bowel or numb skin problems. Do not wait for a routine visit.',
    whyCheckNow:
      'Your answers include a warning sign that the nerves to the bladder, bowel and legs may be pressed. Only an exam, and often a scan, can rule this out. Quick care can stop lasting harm.',
  },
  spinal_infection: {
    name: 'Infection in the spine',
    medicalName: 'Spinal infection (discitis, vertebral osteomyelitis, epidural abscess)',
    explanation:
      'Rarely, germs can infect the bones or discs of the spine, or the space around the nerves. It is more likely if you inject drugs or have diabetes. Weak body defences (immune system) raise the risk too. So does a recent bad infection or back operation.',
    pattern:
      'Back pain with fever, chills or night sweats, or feeling unwell. The pain is often constant and does not ease with rest. Many people with a spine infection have no fever, so new severe pain with these risks matters too.',
    helps:
      'It needs tests and treatment by a doctor, often with antibiotics. It is not something to manage at home.',
    whenToSeeClinician:
      'See a doctor today. Go to an emergency department now if a leg is also weak or numb, or you feel very unwell.',
    whyCheckNow:
      'Your answers include a warning sign of an infection in the spine. It cannot be ruled out without an exam and tests. Found early, it is treated well.',
  },
  spinal_malignancy: {
    name: 'Cancer affecting the spine',
    medicalName: 'Spinal malignancy (metastatic or primary spinal tumour)',
    explanation:
      'Very rarely, back pain is caused by cancer in the spine. Most often it has spread from a cancer somewhere else. Having had cancer before is the strongest clue. Most people with back pain, even with pain at night, do not have cancer.',
    pattern:
      'New back pain in someone who has had cancer, or after age 50. Weight loss you cannot explain, pain that keeps getting worse, or pain at rest and at night that no position eases. Pain that does not improve after a month of care also counts.',
    helps: 'A doctor can arrange the right tests, such as blood tests or a scan.',
    whenToSeeClinician:
      'See a doctor within a few days, and tell them if you have had cancer. See a doctor the same day if your legs get weak or numb or walking gets hard. Go to an emergency department at once for new bladder or bowel trouble.',
    whyCheckNow:
      'Your answers include a warning sign of cancer in the spine. Most people with these answers do not have it. But it cannot be ruled out without an exam and tests.',
  },
  vertebral_fracture: {
    name: 'A broken bone in the spine',
    medicalName: 'Vertebral fracture (including osteoporotic compression fracture)',
    explanation:
      'A bone in the spine can break in a fall or a crash. In people with thin, weak bones (osteoporosis), it can break after a small fall, or with no clear injury. The same goes for people who have taken steroid tablets for months.',
    pattern:
      'Sudden back pain after a fall or injury, often in the middle of the back. Lying down often eases it. It is more likely over 70, with weak bones, or after a long time on steroid tablets.',
    helps:
      'A doctor can check with an X-ray. Care includes pain relief and looking after your bones.',
    whenToSeeClinician:
      'After a major accident, call the emergency number. After a smaller fall, see a doctor today. With weak bones or long steroid use and sudden new pain, see a doctor within a few days. Get help at once if your legs feel weak or numb.',
    whyCheckNow:
      'Your answers include a warning sign of a broken bone in the spine. It cannot be ruled out without an exam, and often an X-ray.',
  },
  aortic_aneurysm: {
    name: 'A swollen main artery in the belly',
    medicalName: 'Abdominal aortic aneurysm (symptomatic or ruptured)',
    explanation:
      'The main blood vessel in the belly (aorta) can weaken and bulge. If it leaks or tears, it causes sudden severe pain and is a threat to life. It is more likely in older men, in people who smoke or have smoked, and when it runs in the family.',
    pattern:
      'Sudden, severe pain in the back, belly or side, sometimes felt as tearing. There may be a pulsing feeling in the belly, or feeling faint or passing out.',
    helps: 'Only care in a hospital, at once, can help. Do not drive yourself.',
    whenToSeeClinician: 'Call the emergency number now. Do not wait to see if it passes.',
    whyCheckNow:
      'Your answers include a warning sign of a problem with the main blood vessel in the belly. It cannot be ruled out without an exam and a scan. If it is leaking, every minute counts.',
  },
};

/** What to do now at each triage level, in plain words. */
export const TRIAGE_ADVICE: Readonly<Record<TriageLevel, string>> = {
  emergency:
    'Call the emergency number or go to an emergency department now. Do not drive yourself, and do not wait to see if it gets better. If you can, take a list of your medicines.',
  urgent:
    'See a doctor today, or within 24 hours at most. Call your doctor or an urgent care service now. Go to an emergency department if things get worse while you wait. For example: new bladder or bowel trouble, or numbness around your bottom.',
  soon: 'Book a visit with a doctor or physio (physiotherapist) within one to two weeks. Until then, stay active and follow your self-care plan. If a warning sign appears, get help sooner.',
  self_care:
    'Self-care is a reasonable start: stay active, follow your plan, and track your walks. Book a visit with a doctor or physio if it is not getting better in a month. Book one too if it keeps coming back or stops you doing daily tasks. Get help at once if a warning sign appears, or the time you can walk keeps getting shorter.',
};

/** The advice when warning signs were not answered: never reassurance (CONTRACT v1.1). */
export const UNANSWERED_ADVICE = {
  selfCare:
    'We cannot say that self-care is enough, because some warning signs were not checked. Answer them if you can. If you are not sure about one, ask a doctor, nurse or pharmacist.',
  notChecked: 'Not checked: {signs}.',
} as const;

/** Words the engine puts around data (CONTRACT reason texts), kept here so they translate with the rest. */
export const PHRASES = {
  clusterSigns: '{present} of {known} signs of the {name}',
} as const;
