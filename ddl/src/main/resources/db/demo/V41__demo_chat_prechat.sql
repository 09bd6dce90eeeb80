-- The demo storefront asks what the visitor wants to talk about before the chat starts.
UPDATE chat_site SET prechat_zh = '您好！请问想咨询什么？（如订单、配送、退换货）',
                     prechat_en = 'Hello! What would you like to ask about? (an order, delivery, a return...)'
 WHERE site_key = 'emporium-shop';
