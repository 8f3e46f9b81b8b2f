// The plain `ws` peer: every text message from a client goes to every other client as is.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    for (const client of wss.clients) {
      if (client !== socket && client.readyState === 1)
        client.send(data, { binary: isBinary });
    }
  });
});
wss.on('listening', () => console.log(`listening ${wss.address().port}`));
