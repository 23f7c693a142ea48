"""Starter-taxonomy slugs that are real ESCO v1.1.1 concepts (exact preferred-label match, checked by hand)."""

ESCO_SKILLS = {
    'project-management': ('http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388', 'knowledge', 'sector-specific'),  # project management
    'agile-project-management': ('http://data.europa.eu/esco/skill/0a9acb6b-1139-4be9-b431-3a80a959f2f4', 'knowledge', 'sector-specific'),  # Agile project management
    'risk-management': ('http://data.europa.eu/esco/skill/6eff134b-e34f-4d6e-a6e8-5e47cf2228d0', 'knowledge', 'cross-sector'),  # risk management
    'strategic-planning': ('http://data.europa.eu/esco/skill/949ced5f-7536-4614-ac60-563ffc91a2f2', 'knowledge', 'cross-sector'),  # strategic planning
    'capacity-building': ('http://data.europa.eu/esco/skill/c28553f4-1745-401a-82b3-7ce8460bed33', 'knowledge', 'cross-sector'),  # capacity building
    'statistics': ('http://data.europa.eu/esco/skill/7ee4c2ea-b349-4bd2-81a3-ec31475d4833', 'knowledge', 'cross-sector'),  # statistics
    'policy-analysis': ('http://data.europa.eu/esco/skill/c5449667-9b40-4114-8d74-f51177669984', 'knowledge', 'sector-specific'),  # policy analysis
    'neonatal-care': ('http://data.europa.eu/esco/skill/5ff6f551-f2a4-4cef-a72d-e81116155a43', 'knowledge', 'cross-sector'),  # newborn care
    'palliative-care': ('http://data.europa.eu/esco/skill/c5a80bb0-31e6-4de0-868c-00a0f9b88b47', 'knowledge', 'sector-specific'),  # palliative care
    'infection-prevention': ('http://data.europa.eu/esco/skill/6d13053b-ee35-492c-8976-8178420df398', 'knowledge', 'cross-sector'),  # infection control
    'anaesthesia': ('http://data.europa.eu/esco/skill/f8f89b7f-901c-462e-bc6d-f7d2ba68f92e', 'knowledge', 'sector-specific'),  # anaesthetics
    'radiation-protection': ('http://data.europa.eu/esco/skill/eb65ce8e-61bf-49d1-99bb-cb699ba1005b', 'knowledge', 'cross-sector'),  # radiation protection
    'clinical-microbiology': ('http://data.europa.eu/esco/skill/d5a344f0-cf71-4fcc-9c00-99588b4de3c0', 'knowledge', 'cross-sector'),  # clinical microbiology
    'blood-transfusion': ('http://data.europa.eu/esco/skill/406cff78-4aa9-427e-9d56-ad998041cb92', 'knowledge', 'cross-sector'),  # blood transfusion
    'public-health': ('http://data.europa.eu/esco/skill/9570e84e-6699-4c9f-9a12-7bc82d53a231', 'knowledge', 'cross-sector'),  # public health
    'epidemiology': ('http://data.europa.eu/esco/skill/9fa6b84e-d625-4d1d-a5d0-e7f6b357deb8', 'knowledge', 'cross-sector'),  # epidemiology
    'health-promotion': ('http://data.europa.eu/esco/skill/99c90174-eb03-4221-b1b6-1ad8b7035e15', 'knowledge', 'cross-sector'),  # health education
    'clinical-nutrition': ('http://data.europa.eu/esco/skill/f190355a-cea5-4cd0-b6cd-a5c3d9a14985', 'knowledge', 'sector-specific'),  # dietetics
    'physiotherapy': ('http://data.europa.eu/esco/skill/f4d1fce0-6d7f-4a5e-b317-2040b64758f2', 'knowledge', 'sector-specific'),  # physiotherapy
    'obstetrics-gynaecology': ('http://data.europa.eu/esco/skill/6fa0f0de-5630-4a08-a042-a2e07de9208e', 'knowledge', 'sector-specific'),  # obstetrics and gynaecology
    'paediatrics': ('http://data.europa.eu/esco/skill/8671290a-ab17-42c2-9114-adcb741e7257', 'knowledge', 'cross-sector'),  # paediatrics
    'cardiology': ('http://data.europa.eu/esco/skill/d37c3b99-7e6c-44b6-81ea-f5d6e0b71a8d', 'knowledge', 'sector-specific'),  # cardiology
    'teaching': ('http://data.europa.eu/esco/skill/a117f32c-662b-4dd9-b739-1230dd04cb60', 'knowledge', 'cross-sector'),  # pedagogy
    'e-learning': ('http://data.europa.eu/esco/skill/5f5e9350-1d13-4391-b9e1-07f6b2047fc5', 'knowledge', 'sector-specific'),  # e-learning
    'learning-management-systems': ('http://data.europa.eu/esco/skill/6c80d53c-d8c9-41fe-998f-091fca208834', 'knowledge', 'cross-sector'),  # learning management systems
    'web-development': ('http://data.europa.eu/esco/skill/69bbd53f-fbb0-4476-b4b2-ef7844464e28', 'knowledge', 'sector-specific'),  # web programming
    'aspnet': ('http://data.europa.eu/esco/skill/56a7f561-1d55-43c9-9cd7-36a0a9bc6c50', 'knowledge', 'sector-specific'),  # ASP.NET
    'angular': ('http://data.europa.eu/esco/skill/1ffac4ac-fda7-407d-8ed1-ca8f4a8dc146', 'knowledge', 'sector-specific'),  # Angular
    'programming-languages': ('http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'knowledge', 'cross-sector'),  # computer programming
    'csharp': ('http://data.europa.eu/esco/skill/4c016b68-4116-468c-9dc6-42710c239e4a', 'knowledge', 'sector-specific'),  # C#
    'java': ('http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389', 'knowledge', 'sector-specific'),  # Java (computer programming)
    'python': ('http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', 'knowledge', 'sector-specific'),  # Python (computer programming)
    'javascript': ('http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7', 'knowledge', 'sector-specific'),  # JavaScript
    'php': ('http://data.europa.eu/esco/skill/4350c38d-0fe9-4ca7-bab9-40ed7f72b04f', 'knowledge', 'sector-specific'),  # PHP
    'devops': ('http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4', 'knowledge', 'sector-specific'),  # DevOps
    'cybersecurity': ('http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44', 'knowledge', 'sector-specific'),  # cyber security
    'data-protection': ('http://data.europa.eu/esco/skill/a4346013-a967-4a58-a533-6b32ad1364c5', 'knowledge', 'sector-specific'),  # data protection
    'data-analysis': ('http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378', 'knowledge', 'cross-sector'),  # data analytics
    'business-intelligence': ('http://data.europa.eu/esco/skill/143769cb-b61e-47d8-a61e-eedfbec1016c', 'knowledge', 'cross-sector'),  # business intelligence
    'machine-learning': ('http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43', 'knowledge', 'cross-sector'),  # machine learning
    'r-language': ('http://data.europa.eu/esco/skill/51586df8-1c46-4b47-8583-773cb63bf00b', 'knowledge', 'sector-specific'),  # R
    'databases': ('http://data.europa.eu/esco/skill/ab1e97ed-2319-4293-a8b7-072d2648822f', 'knowledge', 'sector-specific'),  # database management systems
    'sql': ('http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742', 'knowledge', 'sector-specific'),  # SQL
    'iot': ('http://data.europa.eu/esco/skill/f049d050-12da-4e40-813a-2b5eb6df6b51', 'knowledge', 'sector-specific'),  # Internet of Things
    'gis': ('http://data.europa.eu/esco/skill/377861af-f966-4c87-a2db-7e99904312b9', 'knowledge', 'sector-specific'),  # geographic information systems
    'cartography': ('http://data.europa.eu/esco/skill/2dfa5bd5-c87c-461c-bce9-69b2c58732bd', 'knowledge', 'sector-specific'),  # cartography
    'civil-engineering': ('http://data.europa.eu/esco/skill/82887396-e5bf-4306-af51-3fe8d82790b2', 'knowledge', 'cross-sector'),  # civil engineering
    'bridge-engineering': ('http://data.europa.eu/esco/skill/3eb03076-6fb4-48a1-8b36-36b5a5031ead', 'knowledge', 'sector-specific'),  # bridge engineering
    'bim': ('http://data.europa.eu/esco/skill/fae7e545-5114-43cc-8e83-178e2549ecb9', 'knowledge', 'sector-specific'),  # building information modelling
    'architectural-design': ('http://data.europa.eu/esco/skill/80c042de-bc1a-4d78-b266-35bc80ba3093', 'knowledge', 'sector-specific'),  # architectural design
    'mechanical-engineering': ('http://data.europa.eu/esco/skill/9c071f1d-eac3-449d-b004-c14775b5a3b9', 'knowledge', 'sector-specific'),  # mechanical engineering
    'electrical-engineering': ('http://data.europa.eu/esco/skill/3e40c7d0-0e36-4b33-bc33-0aa87eda0561', 'knowledge', 'cross-sector'),  # electrical engineering
    'environmental-engineering': ('http://data.europa.eu/esco/skill/b1b118c4-3291-484e-b64d-6d51fd5da8b3', 'knowledge', 'cross-sector'),  # environmental engineering
    'solid-waste-management': ('http://data.europa.eu/esco/skill/40f65a56-ccbe-4601-9f32-1cc6cdd24f28', 'knowledge', 'cross-sector'),  # waste management
    'circular-economy': ('http://data.europa.eu/esco/skill/22c45bf7-e52b-475f-847b-c32a87f65a5d', 'knowledge', 'cross-sector'),  # circular economy
    'irrigation': ('http://data.europa.eu/esco/skill/700ea222-8139-4c48-95cf-014855565530', 'knowledge', 'sector-specific'),  # irrigation systems
    'fertigation': ('http://data.europa.eu/esco/skill/70d2513e-3fd5-494c-9944-ccfdf9fc6f72', 'knowledge', 'occupation-specific'),  # fertigation
    'renewable-energy': ('http://data.europa.eu/esco/skill/f8413360-6114-40de-a276-c59b764b9913', 'knowledge', 'cross-sector'),  # renewable energy technologies
    'solar-energy': ('http://data.europa.eu/esco/skill/05e5e14f-ffa6-4106-b311-c6335ccc2bd2', 'knowledge', 'cross-sector'),  # solar energy
    'energy-efficiency': ('http://data.europa.eu/esco/skill/83fc0b2b-6cd2-46af-b1ff-d3fc83604c26', 'knowledge', 'sector-specific'),  # energy efficiency
    'lean-manufacturing': ('http://data.europa.eu/esco/skill/82fea746-853f-4f1b-8ab7-55de8619cccd', 'knowledge', 'cross-sector'),  # lean manufacturing
    'industrial-engineering': ('http://data.europa.eu/esco/skill/a1816dfd-dbdc-4499-bef3-ff81dd895b33', 'knowledge', 'cross-sector'),  # industrial engineering
    'agronomy': ('http://data.europa.eu/esco/skill/afdcb380-ef9f-4785-b877-cc551f035034', 'knowledge', 'cross-sector'),  # agronomy
    'integrated-pest-management': ('http://data.europa.eu/esco/skill/dbe63ddf-76f8-4177-a482-fee995a57b77', 'knowledge', 'sector-specific'),  # integrated pest management
    'organic-farming': ('http://data.europa.eu/esco/skill/186da517-9a3e-41cd-9158-4001e3694459', 'knowledge', 'sector-specific'),  # organic farming
    'conservation-agriculture': ('http://data.europa.eu/esco/skill/dd5451c6-a006-4218-bf94-348d81bed42f', 'knowledge', 'sector-specific'),  # conservation agriculture
    'farm-management': ('http://data.europa.eu/esco/skill/518779a6-ea5d-4e4b-8029-8bc90b5bcb92', 'knowledge', 'sector-specific'),  # agricultural business management
    'haccp': ('http://data.europa.eu/esco/skill/2d7bf28a-2487-4443-9115-47478080b1a4', 'knowledge', 'cross-sector'),  # hazard analysis and critical control points
    'animal-nutrition': ('http://data.europa.eu/esco/skill/37fd96cf-404a-4fa3-a443-2b5d6858c010', 'knowledge', 'cross-sector'),  # animal nutrition
    'fisheries-management': ('http://data.europa.eu/esco/skill/13f56e40-eb4c-41d4-82e4-850f6f356581', 'knowledge', 'cross-sector'),  # fisheries management
    'csr': ('http://data.europa.eu/esco/skill/66db424f-2abe-420d-8e5b-186607266b61', 'knowledge', 'sector-specific'),  # corporate social responsibility
    'entrepreneurship': ('http://data.europa.eu/esco/skill/658605f2-1c95-49f0-bd98-0af7b15ad0b0', 'knowledge', 'cross-sector'),  # entrepreneurship
    'business-incubation': ('http://data.europa.eu/esco/skill/61ddacb8-c89f-48c2-afe8-9e1b14c0c8fb', 'knowledge', 'cross-sector'),  # business incubation
    'market-research': ('http://data.europa.eu/esco/skill/8770350e-746f-4adb-9556-18ca68104be6', 'knowledge', 'cross-sector'),  # market research
    'marketing': ('http://data.europa.eu/esco/skill/5bbaa0e6-0fd7-4df2-9db7-34f78b40dc34', 'knowledge', 'cross-sector'),  # marketing management
    'human-resource-management': ('http://data.europa.eu/esco/skill/e437eba1-3e22-41f2-8703-741e94785cba', 'knowledge', 'cross-sector'),  # human resource management
    'labour-law': ('http://data.europa.eu/esco/skill/b3f22ab4-b553-439d-80a2-5b8ae6d11e0d', 'knowledge', 'sector-specific'),  # labour law
    'commercial-law': ('http://data.europa.eu/esco/skill/d63c2bad-817d-4116-b4d8-b927cb01212d', 'knowledge', 'sector-specific'),  # commercial law
    'customer-service': ('http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc', 'knowledge', 'sector-specific'),  # customer service
    'accounting': ('http://data.europa.eu/esco/skill/ecc18804-a466-40d9-98b4-fba5cd67dd4b', 'knowledge', 'cross-sector'),  # accounting
    'ifrs': ('http://data.europa.eu/esco/skill/4a855abe-ac5b-4e95-ac10-3c1adceeee28', 'knowledge', 'cross-sector'),  # international financial reporting standards
    'financial-management': ('http://data.europa.eu/esco/skill/52e53619-fa77-4f72-b237-5e4aae784dc2', 'knowledge', 'cross-sector'),  # financial management
    'financial-analysis': ('http://data.europa.eu/esco/skill/99571e68-801f-49af-a897-5f75996642e1', 'knowledge', 'cross-sector'),  # financial analysis
    'microfinance': ('http://data.europa.eu/esco/skill/61ab84b5-7b8c-4d1f-a473-97dba10c88ac', 'knowledge', 'sector-specific'),  # microfinance
    'investment-analysis': ('http://data.europa.eu/esco/skill/bf12b461-1c53-4d81-a395-8ba77f7483c4', 'knowledge', 'sector-specific'),  # investment analysis
    'urban-planning': ('http://data.europa.eu/esco/skill/7f18039d-dfae-471b-9daa-507f6b2d2842', 'knowledge', 'cross-sector'),  # urban planning
    'international-trade': ('http://data.europa.eu/esco/skill/11cbcf7f-8dc3-4c9a-9ec1-37f51b5cbc19', 'knowledge', 'cross-sector'),  # international trade
    'logistics': ('http://data.europa.eu/esco/skill/e843973c-23dd-416a-8a9c-9e89512542fb', 'knowledge', 'cross-sector'),  # logistics
    'supply-chain-management': ('http://data.europa.eu/esco/skill/f929c89e-c363-4132-a918-e021d57b307c', 'knowledge', 'cross-sector'),  # supply chain management
    'child-protection': ('http://data.europa.eu/esco/skill/f2d63656-169c-4110-99fe-33914f902466', 'knowledge', 'cross-sector'),  # child protection
}
ESCO_OCCUPATIONS = {
    'specialist-nurse': ('http://data.europa.eu/esco/occupation/18e14e61-495b-44cc-a7c6-df4c625934ba', '2221'),  # specialist nurse
    'general-nurse': ('http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50', '2221'),  # nurse responsible for general care
    'midwife': ('http://data.europa.eu/esco/occupation/95cda6a9-a70a-4a93-9442-11d573cb4a02', '2222'),  # midwife
    'nursing-lecturer': ('http://data.europa.eu/esco/occupation/1bbaf82c-67ae-4beb-9a55-7298acf5b2af', '2310'),  # nursing lecturer
    'general-practitioner': ('http://data.europa.eu/esco/occupation/71f09c8b-a172-408c-b9e7-32e580e39ff6', '2211'),  # general practitioner
    'radiographer': ('http://data.europa.eu/esco/occupation/7639a601-6db0-41ed-9fb0-813d9b8beb05', '2269'),  # radiographer
    'pharmacist': ('http://data.europa.eu/esco/occupation/7c132147-428b-4ea3-87e1-70f7abb691ce', '2262'),  # pharmacist
    'hospital-pharmacist': ('http://data.europa.eu/esco/occupation/5fd099da-218a-460e-bd5b-b42f1b76c67c', '2262'),  # hospital pharmacist
    'pharmacy-technician': ('http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210', '3213'),  # pharmacy technician
    'hospital-manager': ('http://data.europa.eu/esco/occupation/4a29eab1-5f02-4723-a863-e2d5a0614dfa', '1342'),  # healthcare institution manager
    'biomedical-engineer': ('http://data.europa.eu/esco/occupation/01ffb917-98dc-48c1-91ad-93c4104e791d', '2149'),  # biomedical engineer
    'biomedical-scientist': ('http://data.europa.eu/esco/occupation/2e8820ba-5b2d-4572-92a1-942dbd02a6d6', '2131'),  # biomedical scientist
    'epidemiologist': ('http://data.europa.eu/esco/occupation/b73c752b-9858-4f53-82de-f3a340cbcae9', '2131'),  # epidemiologist
    'public-health-officer': ('http://data.europa.eu/esco/occupation/d4d6842b-27f0-4222-85db-c542acf6d434', '2422'),  # public health policy officer
    'physiotherapist': ('http://data.europa.eu/esco/occupation/006cc1f9-2841-41c3-991a-dc3f2f3bd533', '2264'),  # physiotherapist
    'clinical-psychologist': ('http://data.europa.eu/esco/occupation/c3c8c56c-b3ab-4425-a38a-abcace020d22', '2634'),  # clinical psychologist
    'anaesthetic-technician': ('http://data.europa.eu/esco/occupation/16e65196-3449-4c88-b379-0aa98f43db2b', '3259'),  # anaesthetic technician
    'health-informatics-manager': ('http://data.europa.eu/esco/occupation/ef909843-97c6-4c48-8038-2e7aefdfcad5', '1342'),  # clinical informatics manager
    'curriculum-developer': ('http://data.europa.eu/esco/occupation/d89b23c2-d042-4ca6-a917-109fe5a0b30c', '2351'),  # curriculum administrator
    'higher-education-lecturer': ('http://data.europa.eu/esco/occupation/684fd8d5-9b40-4b02-a680-438f0082d923', '2310'),  # higher education lecturer
    'educational-researcher': ('http://data.europa.eu/esco/occupation/5a282a39-5346-454a-b1ef-c1217c50e156', '2351'),  # educational researcher
    'primary-school-teacher': ('http://data.europa.eu/esco/occupation/03d79393-7b30-4159-945b-01963eddd302', '2341'),  # primary school teacher
    'secondary-school-teacher': ('http://data.europa.eu/esco/occupation/5efb2c08-ba3a-4659-a2e4-1883f54e77b6', '2330'),  # secondary school teacher
    'vocational-teacher': ('http://data.europa.eu/esco/occupation/81f8d141-3f67-4fb0-a349-db0147ef7b3a', '2320'),  # vocational teacher
    'early-years-teacher': ('http://data.europa.eu/esco/occupation/55d60ead-0343-4008-b9e4-fb4b5a179c83', '2342'),  # early years teacher
    'special-needs-teacher': ('http://data.europa.eu/esco/occupation/976cbfcc-8958-4800-a435-71d15405a42a', '2352'),  # special educational needs teacher
    'school-principal': ('http://data.europa.eu/esco/occupation/53db8c0d-7aed-47aa-a339-eb9d485d25dc', '1345'),  # secondary school head teacher
    'e-learning-developer': ('http://data.europa.eu/esco/occupation/ec5b72d1-0206-4179-9abd-570c66bc44b9', '2359'),  # e-learning developer
    'education-policy-officer': ('http://data.europa.eu/esco/occupation/f817aab2-ec8a-45ec-88ef-c11e0f19fd85', '2422'),  # education policy officer
    'corporate-trainer': ('http://data.europa.eu/esco/occupation/0ba06640-e0ac-4911-9e43-289a8e41651e', '2424'),  # corporate trainer
    'ict-trainer': ('http://data.europa.eu/esco/occupation/9e657046-67ce-4e16-ab2e-ddb918638910', '2356'),  # ICT trainer
    'software-developer': ('http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1', '2512'),  # software developer
    'web-developer': ('http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d', '2513'),  # web developer
    'mobile-developer': ('http://data.europa.eu/esco/occupation/2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c', '2514'),  # mobile application developer
    'software-architect': ('http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e', '2512'),  # software architect
    'cloud-engineer': ('http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e', '2512'),  # cloud engineer
    'security-engineer': ('http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4', '2529'),  # ICT security engineer
    'ciso': ('http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28', '2529'),  # chief ICT security officer
    'data-analyst': ('http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2', '2511'),  # data analyst
    'data-scientist': ('http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30', '2511'),  # data scientist
    'database-administrator': ('http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc', '2521'),  # database administrator
    'network-engineer': ('http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d', '2523'),  # ICT network engineer
    'system-administrator': ('http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300', '2522'),  # ICT system administrator
    'gis-specialist': ('http://data.europa.eu/esco/occupation/9af8907f-56a7-4170-83b1-3c6ba0997cfa', '2165'),  # geographic information systems specialist
    'ict-project-manager': ('http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525', '1330'),  # ICT project manager
    'software-tester': ('http://data.europa.eu/esco/occupation/106f79e4-6264-45f1-9e7a-297435cd684b', '2519'),  # software tester
    'ict-consultant': ('http://data.europa.eu/esco/occupation/b1c80369-067e-4041-84c8-dbe65640a5d8', '2511'),  # ICT consultant
    'civil-engineer': ('http://data.europa.eu/esco/occupation/d7d986e1-7333-431b-9719-0c5c6939e360', '2142'),  # civil engineer
    'water-engineer': ('http://data.europa.eu/esco/occupation/fcf9024e-277c-43c7-8ec8-8903e5c9c576', '2142'),  # water engineer
    'wastewater-engineer': ('http://data.europa.eu/esco/occupation/9740933e-e04a-41f6-af1f-a6d58c7eb0ec', '2143'),  # wastewater engineer
    'hydrologist': ('http://data.europa.eu/esco/occupation/55167849-82cf-484e-b818-fa702a4e69e9', '2114'),  # hydrologist
    'hydrogeologist': ('http://data.europa.eu/esco/occupation/6336c205-46bd-42f6-9e67-6b0be6e7618c', '2114'),  # hydrogeologist
    'irrigation-technician': ('http://data.europa.eu/esco/occupation/534d18fe-eae4-4a02-af4d-f78e92faa5d5', '7126'),  # irrigation technician
    'water-treatment-plant-manager': ('http://data.europa.eu/esco/occupation/546ec458-e2a4-4cb1-ac17-553d314ac2e2', '1219'),  # water treatment plant manager
    'wastewater-technician': ('http://data.europa.eu/esco/occupation/d99e2022-cbe1-4aaa-8f9d-7db129d61f0c', '3132'),  # wastewater treatment technician
    'electrical-engineer': ('http://data.europa.eu/esco/occupation/86ca306c-ab99-420a-9e2a-aa73c5c4de22', '2151'),  # electrical engineer
    'electrical-technician': ('http://data.europa.eu/esco/occupation/9aa2a36f-296e-45fe-9798-b7839e0ed389', '3113'),  # electrical engineering technician
    'renewable-energy-engineer': ('http://data.europa.eu/esco/occupation/0e99c929-364f-4b0a-8a64-2aab42420f00', '2149'),  # renewable energy engineer
    'solar-energy-engineer': ('http://data.europa.eu/esco/occupation/42dbb769-4c91-47dc-bd16-ec8e70c4180f', '2149'),  # solar energy engineer
    'solar-technician': ('http://data.europa.eu/esco/occupation/75b63949-1b93-4bf2-a777-ccf978dc3e8a', '7411'),  # solar energy technician
    'energy-engineer': ('http://data.europa.eu/esco/occupation/b2cede50-82bb-4684-9f11-1930e12ad672', '2149'),  # energy engineer
    'environmental-engineer': ('http://data.europa.eu/esco/occupation/ac1fc6a9-70d2-475c-8fa0-82ef83830968', '2143'),  # environmental engineer
    'construction-manager': ('http://data.europa.eu/esco/occupation/faed05c0-c1d1-4e34-b575-0dea96459e56', '1323'),  # construction manager
    'quantity-surveyor': ('http://data.europa.eu/esco/occupation/0cca32c2-9308-4927-adb2-14771ab787f0', '2149'),  # quantity surveyor
    'architect': ('http://data.europa.eu/esco/occupation/8c3f536e-ba66-4321-ba40-363dc39f129b', '2161'),  # architect
    'land-surveyor': ('http://data.europa.eu/esco/occupation/d8e502b4-1be6-4d10-a224-151688f8f0c8', '2165'),  # land surveyor
    'building-inspector': ('http://data.europa.eu/esco/occupation/f0e479d9-7afd-40b1-b60f-b68c400c15fb', '3112'),  # building inspector
    'mechanical-engineer': ('http://data.europa.eu/esco/occupation/579254cf-6d69-4889-9000-9c79dc568644', '2144'),  # mechanical engineer
    'industrial-engineer': ('http://data.europa.eu/esco/occupation/53d2052f-edc0-4f44-8be1-164526412bfe', '2141'),  # industrial engineer
    'maintenance-engineer': ('http://data.europa.eu/esco/occupation/615920c5-4f63-4eb3-8b60-afaaed3ab1ff', '2141'),  # maintenance and repair engineer
    'automation-engineer': ('http://data.europa.eu/esco/occupation/bb609566-3ab6-44dd-8f48-cf0b15b96827', '2141'),  # automation engineer
    'quality-engineer': ('http://data.europa.eu/esco/occupation/30c0943c-caa1-411d-b273-26f475971273', '2149'),  # quality engineer
    'production-manager': ('http://data.europa.eu/esco/occupation/eb9479c6-5fdf-4f45-ace4-28b547b8c7e5', '1321'),  # industrial production manager
    'agronomist': ('http://data.europa.eu/esco/occupation/c40ef517-d4ab-4932-b184-9c2ea5b24fe2', '2132'),  # agronomist
    'agricultural-technician': ('http://data.europa.eu/esco/occupation/1f8314c2-01bd-4af4-babc-04d7034591b8', '3142'),  # agricultural technician
    'farm-manager': ('http://data.europa.eu/esco/occupation/4552095e-3396-4831-86ad-4fc34ec39a19', '6130'),  # farm manager
    'food-technologist': ('http://data.europa.eu/esco/occupation/4b709f9e-6112-4d58-81b0-2d6e6a69d61b', '2145'),  # food technologist
    'food-safety-specialist': ('http://data.europa.eu/esco/occupation/00ab5610-e715-428f-99f6-b1e5e469dbcd', '2263'),  # food safety specialist
    'food-safety-inspector': ('http://data.europa.eu/esco/occupation/7d8b3c73-20f8-467e-91e4-00378673a2cd', '3257'),  # food safety inspector
    'dairy-technician': ('http://data.europa.eu/esco/occupation/952c766a-db5c-42b2-809d-d14cbb02cdb6', '3122'),  # dairy processing technician
    'general-veterinarian': ('http://data.europa.eu/esco/occupation/eb6efbb9-9216-4e86-bc3b-de2223cd4667', '2250'),  # general veterinarian
    'official-veterinarian': ('http://data.europa.eu/esco/occupation/4ce42c3c-8a46-40b6-9274-1f5cee3c5cba', '2250'),  # official veterinarian
    'livestock-advisor': ('http://data.europa.eu/esco/occupation/e1fdca51-a0e1-4bea-822f-82a090ece780', '2132'),  # livestock advisor
    'agricultural-policy-officer': ('http://data.europa.eu/esco/occupation/98f17395-0f8c-4f51-9072-cb8f66fd6044', '2422'),  # agricultural policy officer
    'accountant': ('http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897', '2411'),  # accountant
    'public-finance-accountant': ('http://data.europa.eu/esco/occupation/78db356f-a96a-4456-ab29-2de62e52f830', '2411'),  # public finance accountant
    'financial-auditor': ('http://data.europa.eu/esco/occupation/1ad59946-d13e-441e-9b36-56e1df055e21', '2411'),  # financial auditor
    'financial-analyst': ('http://data.europa.eu/esco/occupation/8d586ee9-0ab1-4155-a3b0-2ca786c8e48c', '2413'),  # financial analyst
    'financial-manager': ('http://data.europa.eu/esco/occupation/30f3ea93-882a-4525-841c-1d5b4b64076f', '1211'),  # financial manager
    'loan-officer': ('http://data.europa.eu/esco/occupation/8e185c49-704e-49c0-8584-a7e0b618f628', '3312'),  # loan officer
    'credit-analyst': ('http://data.europa.eu/esco/occupation/075e4d25-74b3-46fb-9b6e-6b53cdb196e7', '3312'),  # credit analyst
    'investment-analyst': ('http://data.europa.eu/esco/occupation/b7f47c25-bdf3-42fa-a68e-ad32754b2dba', '2413'),  # investment analyst
    'investment-adviser': ('http://data.europa.eu/esco/occupation/38d9c76b-1a7b-4d65-879b-733ae7e9364e', '2412'),  # investment adviser
    'business-consultant': ('http://data.europa.eu/esco/occupation/6a29d804-f775-446c-bec7-35fc4e28ac97', '2421'),  # business consultant
    'business-analyst': ('http://data.europa.eu/esco/occupation/60082a99-d8ef-4e84-9290-78902681b6ed', '2421'),  # business analyst
    'project-manager': ('http://data.europa.eu/esco/occupation/bea99fea-0383-4c63-b944-70d4799de2c5', '1219'),  # project manager
    'business-coach': ('http://data.europa.eu/esco/occupation/d9612966-e295-4d81-ba2b-9f36bad0b392', '2424'),  # business coach
    'hr-manager': ('http://data.europa.eu/esco/occupation/f605bcd2-90b6-45a0-a558-d05016d68a77', '1212'),  # human resources manager
    'marketing-manager': ('http://data.europa.eu/esco/occupation/6fcf4638-e7c7-4978-9302-9a7b63a3d57c', '1221'),  # marketing manager
    'digital-marketing-manager': ('http://data.europa.eu/esco/occupation/dc97adbe-f807-4ad8-8f3c-c24b3416cdef', '1221'),  # digital marketing manager
    'supply-chain-manager': ('http://data.europa.eu/esco/occupation/aacc3918-b5d3-484b-9480-5d29aa550d74', '1324'),  # supply chain manager
    'tax-advisor': ('http://data.europa.eu/esco/occupation/59c22779-4d89-4bc9-ba8b-d64bea236723', '2411'),  # tax advisor
    'procurement-specialist': ('http://data.europa.eu/esco/occupation/cb4f98c8-6b8d-41d8-87eb-a2a2033a3a25', '2422'),  # public procurement specialist
    'urban-planner': ('http://data.europa.eu/esco/occupation/e14548c8-c2b9-4ef8-8670-d5967d7ad804', '2164'),  # urban planner
    'transport-planner': ('http://data.europa.eu/esco/occupation/93e4e70b-aae4-4fdc-8037-e48e7077564e', '2164'),  # transport planner
    'local-development-planner': ('http://data.europa.eu/esco/occupation/2808c7ec-cdb1-4b48-8429-e160a418ed0c', '2422'),  # regional development policy officer
    'policy-officer': ('http://data.europa.eu/esco/occupation/caf7b8fb-b2d6-46b7-bffa-bea7f8e4aed8', '2422'),  # policy officer
    'statistician': ('http://data.europa.eu/esco/occupation/ac8b3cd1-a127-4e6a-8208-5cfcf7111955', '2120'),  # statistician
    'hotel-manager': ('http://data.europa.eu/esco/occupation/53cdd34e-22f2-41bd-b3c7-de22bf9bbcae', '1411'),  # accommodation manager
    'front-office-manager': ('http://data.europa.eu/esco/occupation/02e19186-458f-40eb-9e78-31c656d12ac7', '1411'),  # rooms division manager
    'head-chef': ('http://data.europa.eu/esco/occupation/01484951-15e6-4b88-a20f-1201868d36a0', '3434'),  # head chef
    'restaurant-manager': ('http://data.europa.eu/esco/occupation/d5eb6150-bbff-4a9c-9d0c-21eab4dbe2b6', '1412'),  # restaurant manager
    'tourist-guide': ('http://data.europa.eu/esco/occupation/b476f45f-2c79-44d5-a4d7-fa357aa83074', '5113'),  # tourist guide
    'tour-operator-manager': ('http://data.europa.eu/esco/occupation/02609ece-cea3-43fa-bf38-b6fb821f28b2', '1439'),  # tour operator manager
    'tourism-development-officer': ('http://data.europa.eu/esco/occupation/425ed170-bf90-42c9-b5bd-148282ed96ff', '1221'),  # destination manager
    'event-manager': ('http://data.europa.eu/esco/occupation/1b38a27d-ef98-4d9f-b1b2-8c109bf47e79', '3332'),  # event manager
    'import-export-specialist': ('http://data.europa.eu/esco/occupation/61b859ed-24d8-48cf-9c1b-67d7a6c62bb5', '3331'),  # import export specialist
    'freight-forwarder': ('http://data.europa.eu/esco/occupation/39803100-c338-4f01-ad2c-085d488920ca', '3331'),  # forwarding manager
    'logistics-manager': ('http://data.europa.eu/esco/occupation/823db06f-25e1-4658-b063-d6ef956b41f5', '1324'),  # logistics and distribution manager
    'heritage-conservator': ('http://data.europa.eu/esco/occupation/7556c748-15b4-4e44-97d9-00d885d4cd7d', '2621'),  # conservator
    'museum-director': ('http://data.europa.eu/esco/occupation/cc937d5f-4072-4fe7-bc23-2c9a465b8754', '1349'),  # museum director
    'archivist': ('http://data.europa.eu/esco/occupation/e3b08984-19fe-4d51-a1b0-990676fc7234', '2621'),  # archivist
    'translator': ('http://data.europa.eu/esco/occupation/1a07bd7d-2e1d-4930-a84a-1a442b8f2a44', '2643'),  # translator
    'interpreter': ('http://data.europa.eu/esco/occupation/23e692a9-a242-4d4f-988f-ed562f757864', '2643'),  # interpreter
    'cultural-centre-director': ('http://data.europa.eu/esco/occupation/ce6230b8-154f-4e0b-ac03-dca3a269a19c', '1431'),  # cultural centre director
    'social-worker': ('http://data.europa.eu/esco/occupation/4b05bef2-ded4-4b09-ab94-f4c6a555a775', '2635'),  # social worker
    'community-development-worker': ('http://data.europa.eu/esco/occupation/ff2c1183-3fd7-40c7-8ddc-b20b100363c3', '2635'),  # community development social worker
    'youth-worker': ('http://data.europa.eu/esco/occupation/b7507136-e71e-47e8-b873-e77d5cdf2922', '2635'),  # youth worker
    'social-services-manager': ('http://data.europa.eu/esco/occupation/c18fddf5-cfc4-4f9c-94d6-86608faaa1dd', '1344'),  # social services manager
    'employment-counsellor': ('http://data.europa.eu/esco/occupation/e4112a88-973f-4c7a-97f5-2241e6b6833f', '2423'),  # employment and vocational integration consultant
}

# ------------------------------------------------------------------------------------------------
ISCO_URI = "http://data.europa.eu/esco/isco/C"
