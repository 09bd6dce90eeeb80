-- The chat benchmark's agents: bench-agent-1 .. bench-agent-N (N = :agents), password "emporium" (the demo
-- admin's hash), role agent, ten conversations each, in the demo site's pre-sales department.
INSERT INTO staff_account (id, username, display_name, password_hash, enabled, version)
SELECT 100000 + n, 'bench-agent-' || n, 'Bench Agent ' || n,
       (SELECT password_hash FROM staff_account WHERE username = 'admin'), TRUE, 0
FROM generate_series(1, :agents) AS n;
INSERT INTO staff_role (staff_id, role_name) SELECT 100000 + n, 'staff' FROM generate_series(1, :agents) AS n;
INSERT INTO staff_role (staff_id, role_name) SELECT 100000 + n, 'agent' FROM generate_series(1, :agents) AS n;
INSERT INTO chat_agent (id, username, display_name, status, capacity, active_chats, version)
SELECT 100000 + n, 'bench-agent-' || n, 'Bench Agent ' || n, 'OFFLINE', 10, 0, 0 FROM generate_series(1, :agents) AS n;
INSERT INTO chat_agent_department (agent_id, department_id)
SELECT 100000 + n, (SELECT id FROM chat_department WHERE code = 'pre-sales') FROM generate_series(1, :agents) AS n;
-- The demo's own agents stay out of the way, and the site asks nothing before a chat.
UPDATE chat_agent SET capacity = 0 WHERE username IN ('agent', 'admin');
UPDATE chat_site SET prechat_zh = NULL, prechat_en = NULL, bot_enabled = FALSE;
