-- Demo live chat: the shop's own site key, two departments, and an agent who answers both.
-- Login: agent / emporium (the same PBKDF2 hash as the demo administrator's password).
INSERT INTO staff_account (id, username, display_name, password_hash, enabled, version)
VALUES (40, 'agent', 'Demo Agent',
        'PBKDF2WithHmacSHA512:210000:xZPqLveYfKlxvZq6UizdMvh1lxTqDKqaxOrxc8dRfgc=:Ew1pHP/igoDpZ87MUXP0Sdu5kh8RwaqVU2c9s6IkkK9KUmyGf+2+dU8S7g4c3gtVZjESNNx40DOKshWeqDj9Ig==',
        TRUE, 0);
INSERT INTO staff_role (staff_id, role_name) VALUES (40, 'staff');
INSERT INTO staff_role (staff_id, role_name) VALUES (40, 'agent');
INSERT INTO staff_role (staff_id, role_name) VALUES (1, 'agent');

INSERT INTO chat_site (id, site_key, name, version) VALUES (1, 'emporium-shop', 'Emporium storefront', 0);

INSERT INTO chat_department (id, code, name_zh, name_en, version) VALUES (1, 'pre-sales', '售前咨询', 'Pre-sales', 0);
INSERT INTO chat_department (id, code, name_zh, name_en, version) VALUES (2, 'after-sales', '售后服务', 'After-sales', 0);

INSERT INTO chat_agent (id, username, display_name, status, capacity, active_chats, version)
VALUES (1, 'agent', 'Demo Agent', 'OFFLINE', 3, 0, 0);
INSERT INTO chat_agent (id, username, display_name, status, capacity, active_chats, version)
VALUES (2, 'admin', 'Demo Administrator', 'OFFLINE', 5, 0, 0);
INSERT INTO chat_agent_department (agent_id, department_id) VALUES (1, 1);
INSERT INTO chat_agent_department (agent_id, department_id) VALUES (1, 2);
INSERT INTO chat_agent_department (agent_id, department_id) VALUES (2, 1);

INSERT INTO chat_canned_answer (id, owner_username, shortcut, body, version)
VALUES (1, NULL, 'hi', 'Hello! How can I help you today? / 您好！请问有什么可以帮您？', 0);
INSERT INTO chat_canned_answer (id, owner_username, shortcut, body, version)
VALUES (2, NULL, 'ship', 'Orders placed before 16:00 ship the same day. / 16:00 前下单当天发货。', 0);
